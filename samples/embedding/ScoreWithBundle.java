// Embedded scoring: open a signed ModelGate bundle inside an application and score records with it.
// Run with the ModelGate jar on the class path:
//   java -cp modelgate-cli/target/modelgate-cli-0.1.0-SNAPSHOT-all.jar samples/embedding/ScoreWithBundle.java \
//        credit-risk-3.zip keys/modelgate.pub
// The bundle's signature and every entry's digest are checked before the model is loaded: a changed bundle, or
// one signed with another key, throws BundleException naming the entry, and nothing is scored.

import io.modelgate.packaging.Keys;
import io.modelgate.packaging.ModelBundle;
import io.modelgate.scoring.Prediction;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

public class ScoreWithBundle {
    public static void main(String[] args) throws Exception {
        ModelBundle bundle = ModelBundle.open(Path.of(args[0]), Keys.readPublic(Path.of(args[1])));
        System.out.println("model " + bundle.name() + " " + bundle.version() + ", bundle sha256 " + bundle.sha256());

        Map<String, Object> applicant = new HashMap<>();
        applicant.put("age", 41);
        applicant.put("income", 52000.0);
        applicant.put("debt_ratio", 0.31);
        applicant.put("employment_years", 6);
        applicant.put("num_late_payments", 1);
        applicant.put("region", "north");
        applicant.put("product", "loan");

        Prediction prediction = bundle.score(applicant); // thread-safe: share one ModelBundle across threads
        System.out.println("label " + prediction.label() + ", probabilities " + prediction.probabilities());
    }
}
