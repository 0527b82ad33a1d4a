package io.modelgate.cli;

import io.modelgate.GeneratedDocs;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Generates the command reference of docs/cli.md from the commands' own help, nested subcommands included. */
class CliDocumentationTest {
    @Test
    void shouldKeepTheCommandReferenceInStepWithTheCode() throws IOException {
        var page = new StringBuilder();
        append(page, "modelgate", Main.commandLine());

        GeneratedDocs.check("docs/cli.md", "commands", page.toString());
    }

    private static void append(final StringBuilder page, final String prefix, final CommandLine parent) {
        for (Map.Entry<String, CommandLine> command : parent.getSubcommands().entrySet()) {
            if ("help".equals(command.getKey())) {
                continue;
            }
            String name = prefix + " " + command.getKey();
            String usage = command.getValue()
                    .getUsageMessage(CommandLine.Help.Ansi.OFF)
                    .replace(System.lineSeparator(), "\n")
                    .stripTrailing();
            page.append("### `")
                    .append(name)
                    .append("`\n\n```text\n")
                    .append(usage)
                    .append("\n```\n\n");
            append(page, name, command.getValue());
        }
    }
}
