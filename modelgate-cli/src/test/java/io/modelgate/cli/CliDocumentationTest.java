package io.modelgate.cli;

import io.modelgate.GeneratedDocs;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Generates the command reference of docs/cli.md from the commands' own help. */
class CliDocumentationTest {
    @Test
    void shouldKeepTheCommandReferenceInStepWithTheCode() throws IOException {
        var page = new StringBuilder();
        for (Map.Entry<String, CommandLine> command :
                Main.commandLine().getSubcommands().entrySet()) {
            if ("help".equals(command.getKey())) {
                continue;
            }
            String usage = command.getValue()
                    .getUsageMessage(CommandLine.Help.Ansi.OFF)
                    .replace(System.lineSeparator(), "\n")
                    .stripTrailing();
            page.append("### `modelgate ")
                    .append(command.getKey())
                    .append("`\n\n```text\n")
                    .append(usage)
                    .append("\n```\n\n");
        }

        GeneratedDocs.check("docs/cli.md", "commands", page.toString());
    }
}
