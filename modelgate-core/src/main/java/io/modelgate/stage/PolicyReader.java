package io.modelgate.stage;

import io.modelgate.data.StrictReader;
import java.io.IOException;
import java.nio.file.Path;

/** Reads {@code modelgate.yaml} strictly: an unknown key or a wrong value names the file, line and column. */
public final class PolicyReader {
    private PolicyReader() {}

    /**
     * Reads a policy.
     *
     * @param file the YAML (or JSON) file
     * @return the policy
     * @throws IOException when it cannot be read
     * @throws io.modelgate.data.DataFormatException when it is not a valid policy
     */
    public static Policy read(final Path file) throws IOException {
        return StrictReader.read(file, Policy.class, "policy");
    }
}
