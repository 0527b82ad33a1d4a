package io.modelgate.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The lines of a trail file: the entries of complete lines, the lines that are no entry, and a last line without a
 * line break (torn by a crash), which is never read as an entry.
 */
record TrailLines(List<NumberedEntry> entries, List<AuditProblem> unreadable, Optional<AuditProblem> torn) {
    static TrailLines read(final Path file) throws IOException {
        List<NumberedEntry> entries = new ArrayList<>();
        List<AuditProblem> unreadable = new ArrayList<>();
        if (!Files.exists(file)) {
            return new TrailLines(entries, unreadable, Optional.empty());
        }
        String[] lines = Files.readString(file, StandardCharsets.UTF_8).split("\n", -1);
        int complete = lines.length - 1;
        for (int i = 0; i < complete; i++) {
            try {
                entries.add(new NumberedEntry(i + 1, AuditEntry.fromLine(lines[i])));
            } catch (JsonProcessingException exception) {
                unreadable.add(new AuditProblem(
                        i + 1,
                        0,
                        AuditProblem.Kind.UNREADABLE,
                        "line " + (i + 1) + " is not an audit entry: " + exception.getOriginalMessage()));
            }
        }
        Optional<AuditProblem> torn = lines[complete].isEmpty()
                ? Optional.empty()
                : Optional.of(new AuditProblem(
                        complete + 1,
                        0,
                        AuditProblem.Kind.TORN,
                        "line " + (complete + 1)
                                + " has no line break: a write was cut off, the next append removes it"));
        return new TrailLines(entries, unreadable, torn);
    }
}
