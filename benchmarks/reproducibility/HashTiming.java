// Times the canonical model hash inside one JVM, to separate the hash from the JVM's start.
// Usage: java -cp modelgate-cli-*-all.jar HashTiming.java MODEL.pmml MODE [RUNS]
//   MODE first:   prints the time of the first call in this fresh JVM (before the JIT compiler has warmed up);
//   MODE scanner: ModelHash.of(Path), the byte-level scanner; MODE stax: ModelHash.of(InputStream), the StAX reader
//                 it falls back to. Both hash twice to warm up, then take RUNS turns with `sha256sum MODEL` (run as
//                 a process, timed the same way) and print "<median of the hash> <median of sha256sum>" in seconds,
//                 so that a change of load on a shared machine hits both alike;
//   MODE print:   prints the hash of the StAX reader (run.sh checks that the scanner agrees).
import io.modelgate.scoring.ModelHash;
import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

public class HashTiming {
    public static void main(String[] args) throws Exception {
        Path model = Path.of(args[0]);
        String mode = args[1];
        if (mode.equals("print")) {
            System.out.println(hash(model, "stax"));
            return;
        }
        long start = System.nanoTime();
        hash(model, mode.equals("first") ? "scanner" : mode);
        double first = (System.nanoTime() - start) / 1e9;
        if (mode.equals("first")) {
            System.out.printf("%.4f%n", first);
            return;
        }
        String hash = hash(model, mode);
        int runs = Integer.parseInt(args[2]);
        double[] seconds = new double[runs];
        double[] sha256sum = new double[runs];
        for (int i = 0; i < runs; i++) {
            start = System.nanoTime();
            Process process = new ProcessBuilder("sha256sum", model.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (process.waitFor() != 0) {
                throw new IllegalStateException("sha256sum failed");
            }
            sha256sum[i] = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            if (!hash(model, mode).equals(hash)) {
                throw new IllegalStateException("the hash changed between runs");
            }
            seconds[i] = (System.nanoTime() - start) / 1e9;
        }
        Arrays.sort(seconds);
        Arrays.sort(sha256sum);
        System.out.printf("%.4f %.4f%n", seconds[runs / 2], sha256sum[runs / 2]);
    }

    private static String hash(Path model, String mode) throws Exception {
        if (mode.equals("scanner")) {
            return ModelHash.of(model);
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(model), 1 << 16)) {
            return ModelHash.of(in, model.toString());
        }
    }
}
