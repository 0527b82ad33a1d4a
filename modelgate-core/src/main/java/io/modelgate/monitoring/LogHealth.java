package io.modelgate.monitoring;

import io.modelgate.data.DataFormatException;
import io.modelgate.report.Check;
import io.modelgate.report.GateStatus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a pass over the request log found besides the entries: files and lines read, entries kept, lines before
 * {@code --since}, corrupt lines with the first few places ({@code file:line: problem}), and the partial last line of
 * the newest file (still being written, skipped and not counted as corrupt). Corrupt lines are tolerated up to a share
 * of the lines read; above it the log is rejected as input.
 */
public final class LogHealth {
    /** The share of corrupt lines tolerated unless the caller says otherwise: 1 %. */
    public static final double DEFAULT_MAX_CORRUPT_SHARE = 0.01;

    private static final int EXAMPLES = 10;

    private final List<String> examples = new ArrayList<>();
    private long files;
    private long lines;
    private long entries;
    private long corrupt;
    private long partial;
    private long beforeSince;
    private long skippedFiles;

    void file() {
        files++;
    }

    void skippedFile() {
        skippedFiles++;
    }

    void line() {
        lines++;
    }

    void entry() {
        entries++;
    }

    void beforeSince() {
        beforeSince++;
    }

    void skipPartial() {
        partial++;
    }

    void corrupt(final String file, final long line, final String problem) {
        corrupt++;
        if (examples.size() < EXAMPLES) {
            examples.add(file + ":" + line + ": " + problem);
        }
    }

    /** @return the log files read */
    public long files() {
        return files;
    }

    /** @return lines read, including corrupt and partial ones */
    public long lines() {
        return lines;
    }

    /** @return valid entries passed on (at or after {@code --since}) */
    public long entries() {
        return entries;
    }

    /** @return corrupt lines */
    public long corrupt() {
        return corrupt;
    }

    /** @return partial last lines skipped (0 or 1) */
    public long partial() {
        return partial;
    }

    /** @return the first corrupt lines, as {@code file:line: problem} */
    public List<String> examples() {
        return List.copyOf(examples);
    }

    /** @return corrupt lines as a share of the lines read, 0 when none were read */
    public double corruptShare() {
        return lines == 0 ? 0 : (double) corrupt / lines;
    }

    /**
     * Rejects the log when too many lines are corrupt.
     *
     * @param directory the log folder, for the message
     * @param maxShare the share tolerated, in [0, 1]
     * @throws DataFormatException naming the first corrupt lines when the share is above it
     */
    public void requireAtMost(final Path directory, final double maxShare) {
        if (corruptShare() > maxShare) {
            throw new DataFormatException(
                    directory,
                    0,
                    0,
                    String.format(
                            Locale.ROOT,
                            "%d of %d log lines (%.2f%%) are corrupt, more than the %.2f%% tolerated; first: %s",
                            corrupt,
                            lines,
                            100 * corruptShare(),
                            100 * maxShare,
                            String.join("; ", examples)));
        }
    }

    /** @return the check {@code log:lines}: PASSED without corrupt lines, NOTE with a tolerated few */
    public Check check() {
        GateStatus status = corrupt == 0 ? GateStatus.PASSED : GateStatus.NOTE;
        String message = String.format(
                Locale.ROOT,
                "Read %d lines in %d files: %d entries kept, %d before --since, %d corrupt%s%s.",
                lines,
                files,
                entries,
                beforeSince,
                corrupt,
                partial > 0 ? ", the newest file's last line still being written (skipped)" : "",
                examples.isEmpty() ? "" : "; first corrupt: " + examples.get(0));
        List<Check.Example> found = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            found.add(new Check.Example(0, examples.get(i)));
        }
        return new Check("log:lines", status, corrupt + " corrupt of " + lines, "no corrupt lines", message, found);
    }

    /** @return the {@code log} part of the monitoring section */
    public Map<String, Object> section() {
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("files", files);
        section.put("filesBeforeSince", skippedFiles);
        section.put("lines", lines);
        section.put("entries", entries);
        section.put("beforeSince", beforeSince);
        section.put("corrupt", corrupt);
        section.put("partial", partial);
        section.put("corruptExamples", List.copyOf(examples));
        return section;
    }
}
