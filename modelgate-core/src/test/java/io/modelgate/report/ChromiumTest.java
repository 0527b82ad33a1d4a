package io.modelgate.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Makes sure the browser helper kills a browser that hangs instead of hanging the build. */
class ChromiumTest {
    @Test
    void shouldKillABrowserThatDoesNotFinishInTime(@TempDir final Path folder) throws Exception {
        Path hanging = folder.resolve("hanging-browser");
        Path started = folder.resolve("started");
        Files.writeString(hanging, "#!/bin/sh\necho $$ > " + started + "\nexec sleep 60\n");
        Files.setPosixFilePermissions(hanging, PosixFilePermissions.fromString("rwx------"));
        Chromium chromium = new Chromium(hanging, folder, 1);

        assertThatThrownBy(() -> chromium.dumpDom(folder.resolve("page.html")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not finish within 1 s and was killed");
        long pid = Long.parseLong(Files.readString(started).strip());
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive)).isNotEqualTo(java.util.Optional.of(true));
    }
}
