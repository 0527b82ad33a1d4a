package io.modelgate.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryAliasMoverTest {
    @TempDir
    Path folder;

    @Test
    void shouldRegisterABundleAndMoveTheAliasCompareAndSet() throws Exception {
        try (Registry registry = Registry.open(RegistryLocation.sqlite(folder.resolve("registry.db")))) {
            RegistryAliasMover mover = new RegistryAliasMover(registry);
            Models.register(registry, "credit-risk", 2);
            Path bundle = Models.bundle(folder, Models.PMML.get(2));

            assertThat(mover.registered("credit-risk", "3")).isEmpty();
            assertThat(mover.current("credit-risk", "champion")).isEmpty();
            assertThat(mover.current("fraud", "champion")).isEmpty();
            mover.register("credit-risk", "3", bundle, "release-bot");
            mover.move("credit-risk", "champion", Optional.empty(), "2", "bob", "first champion");
            mover.move("credit-risk", "champion", Optional.of("2"), "3", "bob", "release approved by alice");

            assertThat(mover.registered("credit-risk", "3"))
                    .contains(registry.version("credit-risk", "3").orElseThrow().bundleSha256());
            assertThat(mover.current("credit-risk", "champion")).contains("3");
            assertThatThrownBy(
                            () -> mover.move("credit-risk", "champion", Optional.of("2"), "1", "carol", "a stale view"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasCauseInstanceOf(ConflictException.class);
            assertThat(mover.current("credit-risk", "champion")).contains("3");
            assertThat(registry.history("credit-risk")).hasSize(2);
        }
    }
}
