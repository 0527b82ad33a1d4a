package io.modelgate.cli.reproducibility;

import io.modelgate.scoring.ModelHash;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code modelgate hash}: prints the canonical hash of PMML models, in the format of {@code sha256sum}. */
@Command(
        name = "hash",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the canonical hash of each PMML model: SHA-256 over the document without its Header timestamp,"
                    + " Application, annotations, extensions, comments and formatting (docs/reproducibility.md).",
            "Exit codes: 0 hashed, 2 unreadable or malformed PMML."
        })
public final class HashCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PMML", description = "The models to hash.")
    List<Path> models;

    @Override
    public Integer call() throws Exception {
        var out = spec.commandLine().getOut();
        for (Path model : models) {
            out.println(ModelHash.of(model) + "  " + model);
        }
        out.flush();
        return 0;
    }
}
