package io.modelgate.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RegistryOnUseTest {
    @TempDir
    Path folder;

    @Test
    void shouldNotOpenTheRegistryWhenNothingAsksForIt() {
        Path file = folder.resolve("registry.db");
        AtomicInteger opened = new AtomicInteger();

        try (RegistryOnUse mover = new RegistryOnUse(() -> {
            opened.incrementAndGet();
            return Registry.open(RegistryLocation.sqlite(file));
        })) {
            assertThat(mover).isNotNull();
        }

        assertThat(opened).hasValue(0);
        assertThat(file).doesNotExist();
    }

    @Test
    void shouldOpenTheRegistryOnceOnFirstUse() throws Exception {
        Path file = folder.resolve("registry.db");
        AtomicInteger opened = new AtomicInteger();

        try (Registry registry = Registry.open(RegistryLocation.sqlite(file))) {
            Models.register(registry, "credit-risk", 2);
        }
        try (RegistryOnUse mover = new RegistryOnUse(() -> {
            opened.incrementAndGet();
            return Registry.open(RegistryLocation.sqlite(file));
        })) {
            assertThat(mover.current("credit-risk", "champion")).isEmpty();
            mover.move("credit-risk", "champion", Optional.empty(), "2", "bob", "first champion");
            assertThat(mover.current("credit-risk", "champion")).contains("2");
        }

        assertThat(opened).hasValue(1);
    }
}
