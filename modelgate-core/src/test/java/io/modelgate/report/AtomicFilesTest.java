package io.modelgate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path folder;

    @Test
    void shouldLeaveTheOldContentAndNoTemporaryFileWhenWritingFails() throws IOException {
        Path target = folder.resolve("evidence.json");
        Files.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
                    out.write("half".getBytes());
                    throw new IOException("disk full");
                }))
                .hasMessage("disk full");

        assertThat(target).hasContent("old");
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void shouldWriteAReadableFileAndCreateItsFolder() throws IOException {
        Path target = folder.resolve("a/b/report.html");

        AtomicFiles.writeString(target, "<html></html>");

        assertThat(target).hasContent("<html></html>");
        assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.OTHERS_READ);
    }
}
