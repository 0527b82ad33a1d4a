package io.modelgate.cli.stage;

import picocli.CommandLine.Command;

/** {@code modelgate reject}: records a rejection, which blocks the stage. */
@Command(
        name = "reject",
        mixinStandardHelpOptions = true,
        description = {
            "Records a rejection (kind approval, decision rejected) of the stage; the stage then fails whatever other"
                    + " approvals say.",
            "Exit codes: 0 recorded, 1 refused (nothing recorded), 2 usage or input error."
        })
public final class RejectCommand extends ApprovalDecision {
    @Override
    String decision() {
        return "rejected";
    }
}
