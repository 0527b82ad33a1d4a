package io.modelgate.cli;

import io.modelgate.report.Tool;
import picocli.CommandLine.IVersionProvider;

/** Prints the version recorded in the jar's manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"modelgate " + Tool.MODELGATE.version()};
    }
}
