package io.modelgate.stage;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.gate.EvidenceFolder;
import io.modelgate.report.Evidence;
import io.modelgate.report.EvidenceJson;
import io.modelgate.report.GateStatus;
import io.modelgate.report.Input;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApprovalTest {
    private static final Policy POLICY =
            new Policy("credit-risk", "", null, new ReleasePolicy(List.of("alice", "bob"), 1, true), null);
    private static final Input BUNDLE = new Input("bundle", "bundle.zip", "b".repeat(64), -1);

    @TempDir
    Path folder;

    @Test
    void shouldWriteTheEvidenceTheApprovalsGateCounts() throws IOException {
        Approval approval = new Approval("release", "Alice", true, "", "dev", "nightly");
        Evidence evidence = approval.evidence("credit-risk", "3", BUNDLE);
        EvidenceJson.write(evidence, folder, approval.fileName());

        StageContext context = new StageContext(POLICY, "3", EvidenceFolder.read(folder), "dev", "nightly");

        assertThat(approval.fileName()).isEqualTo("approval-alice");
        assertThat(evidence.status()).isEqualTo(GateStatus.PASSED);
        assertThat(ApprovalGates.check(context).status()).isEqualTo(GateStatus.PASSED);
        assertThat(ApprovalGates.approvers(context)).containsExactly("Alice");
        assertThat(approval.auditDetails(BUNDLE)).containsEntry("bundle", "b".repeat(64));
    }

    @Test
    void shouldRefuseTheAuthorAndRecordARejectionAsFailed() {
        Approval byAuthor = new Approval("release", "dev", true, "", "dev", "");
        Approval rejection = new Approval("release", "bob", false, "old holdout", "dev", "");

        assertThat(byAuthor.refusal(POLICY.release())).isPresent();
        assertThat(rejection.refusal(POLICY.release())).isEmpty();
        assertThat(rejection.evidence("credit-risk", "3", BUNDLE).status()).isEqualTo(GateStatus.FAILED);
        assertThat(rejection.action()).isEqualTo("reject");
    }
}
