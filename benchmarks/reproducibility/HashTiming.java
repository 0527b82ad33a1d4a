// Times the canonical model hash inside one JVM (after warm-up), to separate the hash from the JVM's start.
// Usage: java -cp modelgate-cli-*-all.jar HashTiming.java MODEL.pmml RUNS
import io.modelgate.scoring.ModelHash;
import java.nio.file.Path;
import java.util.Arrays;

public class HashTiming {
    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]);
        int runs = Integer.parseInt(args[1]);
        String hash = ModelHash.of(model);
        ModelHash.of(model);
        double[] seconds = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            if (!ModelHash.of(model).equals(hash)) {
                throw new IllegalStateException("the hash changed between runs");
            }
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        System.out.printf("%.4f%n", seconds[runs / 2]);
    }
}
