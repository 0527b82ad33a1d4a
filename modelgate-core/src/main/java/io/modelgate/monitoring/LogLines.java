package io.modelgate.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a stream into lines of bytes without decoding them: one growable buffer, reused, so a line costs no
 * allocation. A carriage return before the line feed is dropped. Tells whether the last line ended with a line feed,
 * which a log line still being written does not.
 */
final class LogLines {
    private static final int INITIAL = 1 << 16;

    private final InputStream in;
    private byte[] buffer = new byte[INITIAL];
    private int start;
    private int end;
    private boolean eof;
    private int lineStart;
    private int lineLength;
    private boolean terminated;

    LogLines(final InputStream in) {
        this.in = in;
    }

    /**
     * Moves to the next line.
     *
     * @return false at the end of the stream
     * @throws IOException when the stream cannot be read
     */
    boolean next() throws IOException {
        int scanned = start;
        while (true) {
            for (int i = scanned; i < end; i++) {
                if (buffer[i] == '\n') {
                    take(i, true);
                    start = i + 1;
                    return true;
                }
            }
            scanned = end;
            if (eof) {
                if (start == end) {
                    return false;
                }
                take(end, false);
                start = end;
                return true;
            }
            scanned -= fill();
        }
    }

    private void take(final int lineEnd, final boolean feed) {
        lineStart = start;
        int length = lineEnd - start;
        if (length > 0 && buffer[lineEnd - 1] == '\r') {
            length--;
        }
        lineLength = length;
        terminated = feed;
    }

    /** Reads more bytes, first moving the unread part to the front (or growing); returns how far it moved. */
    private int fill() throws IOException {
        int moved = start;
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            eof = true;
        } else {
            end += read;
        }
        return moved;
    }

    byte[] bytes() {
        return buffer;
    }

    int offset() {
        return lineStart;
    }

    int length() {
        return lineLength;
    }

    /** @return whether the current line ended with a line feed */
    boolean isTerminated() {
        return terminated;
    }
}
