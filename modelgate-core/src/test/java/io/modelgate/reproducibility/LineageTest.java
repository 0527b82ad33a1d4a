package io.modelgate.reproducibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LineageTest {
    @TempDir
    Path workdir;

    @Test
    void shouldHashEveryDeclaredInputLikeSha256sum() throws IOException {
        Files.writeString(workdir.resolve("train.csv"), "a,b\n1,2\n");
        Files.writeString(workdir.resolve("params.yaml"), "l2: 0.1\n");

        Lineage lineage = collect("python train.py", "42");

        assertThat(lineage.inputs())
                .containsExactly(
                        new LineageInput(
                                "data",
                                "train.csv",
                                "492d5ea496056f1a6a6592241032fab764c321596317930b4fa0e1e8bc3b7470"),
                        new LineageInput(
                                "params",
                                "params.yaml",
                                "36d3c4914a60f97e0a29d7d13913f3bfb77f40214c61500e30fbeda14c785acf"));
        assertThat(lineage.environment()).containsKey("java");
        assertThat(lineage.commit()).isEmpty();
        assertThat(lineage.seeds()).containsExactly("42");
    }

    @Test
    void shouldSayNothingChangedWhenNothingDid() throws IOException {
        Files.writeString(workdir.resolve("train.csv"), "a\n1\n");
        Files.writeString(workdir.resolve("params.yaml"), "x: 1\n");

        assertThat(LineageDiff.changes(collect("train", "1"), collect("train", "1")))
                .isEmpty();
    }

    @Test
    void shouldNameAChangedInputCommandAndSeed() throws IOException {
        Files.writeString(workdir.resolve("train.csv"), "a\n1\n");
        Files.writeString(workdir.resolve("params.yaml"), "x: 1\n");
        Lineage before = collect("train", "1");
        Files.writeString(workdir.resolve("train.csv"), "a\n2\n");

        List<String> changes = LineageDiff.changes(before, collect("train --fast", "2"));

        assertThat(changes).hasSize(3);
        assertThat(changes.get(0)).startsWith("changed data train.csv (sha256 ");
        assertThat(changes.get(1)).isEqualTo("training command 'train' -> 'train --fast'");
        assertThat(changes.get(2)).isEqualTo("seeds [1] -> [2]");
    }

    @Test
    void shouldHashAFolderFileByFile() throws IOException {
        Files.createDirectories(workdir.resolve("data/b"));
        Files.writeString(workdir.resolve("data/a.csv"), "1");
        Files.writeString(workdir.resolve("data/b/c.csv"), "2");
        String before = LineageCollector.digest(workdir.resolve("data"));

        Files.writeString(workdir.resolve("data/b/c.csv"), "3");

        assertThat(LineageCollector.digest(workdir.resolve("data"))).hasSize(64).isNotEqualTo(before);
    }

    @Test
    void shouldRecordTheGitCommitAndADirtyTree() throws Exception {
        Files.writeString(workdir.resolve("train.csv"), "a\n1\n");
        Files.writeString(workdir.resolve("params.yaml"), "x: 1\n");
        git("init", "-q");
        git("add", ".");
        git("-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "x");
        Lineage clean = collect("train", "1");
        Files.writeString(workdir.resolve("params.yaml"), "x: 2\n");

        Lineage dirty = collect("train", "1");

        assertThat(clean.commit()).hasSize(40);
        assertThat(clean.dirty()).isFalse();
        assertThat(dirty.dirty()).isTrue();
        assertThat(LineageDiff.changes(clean, dirty)).contains("uncommitted changes in the working tree");
    }

    @Test
    void shouldNameAMissingInput() {
        assertThatThrownBy(() ->
                        new LineageCollector(workdir).collect(List.of(Map.entry("data", "absent.csv")), "", List.of()))
                .isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("absent.csv");
    }

    private Lineage collect(final String command, final String seed) throws IOException {
        return new LineageCollector(workdir)
                .collect(
                        List.of(Map.entry("data", "train.csv"), Map.entry("params", "params.yaml")),
                        command,
                        List.of(seed));
    }

    private void git(final String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-C", workdir.toString()));
        command.addAll(List.of(arguments));
        assertThat(new ProcessBuilder(command).inheritIO().start().waitFor()).isZero();
    }
}
