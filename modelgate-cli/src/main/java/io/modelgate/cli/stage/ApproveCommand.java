package io.modelgate.cli.stage;

import picocli.CommandLine.Command;

/** {@code modelgate approve}: records an approval of a stage, refused for the author or a person not allowed. */
@Command(
        name = "approve",
        mixinStandardHelpOptions = true,
        description = {
            "Records an approval (kind approval) of the stage for the bundle or model in the evidence folder. With"
                    + " segregation of duties the author of the candidate's commit and whoever triggered the build may"
                    + " not approve; the policy may list the approvers.",
            "Exit codes: 0 recorded, 1 refused (nothing recorded), 2 usage or input error."
        })
public final class ApproveCommand extends ApprovalDecision {
    @Override
    String decision() {
        return "approved";
    }
}
