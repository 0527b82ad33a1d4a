package io.modelgate.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Makes the progress listener of each read of a file, so that whoever runs a long read (a terminal, a build log)
 * can show how far it has come; the engine itself never prints.
 */
@FunctionalInterface
public interface ReadProgress {
    /** Shows nothing. */
    ReadProgress NONE = (label, file) -> new Read() {
        @Override
        public void progress(final long bytes, final long rows) {
            // nothing to show
        }

        @Override
        public void done() {
            // nothing to end
        }
    };

    /**
     * Starts showing the progress of one read.
     *
     * @param label what is being done, e.g. {@code validate train.csv}
     * @param file the file read
     * @return the listener of that read
     * @throws IOException when the file's size cannot be read
     */
    Read start(String label, Path file) throws IOException;

    /** The listener of one read, told when the read has ended. */
    interface Read extends DataPass.Listener {
        /** Ends the display of this read. */
        void done();
    }
}
