// Generates the monitoring benchmark's data with a fixed seed: a rotated request log in ModelGate's format
// (RequestLogFormat), the late labels of every k-th request, and a reference CSV like the training data.
// Run with only a JDK:  java Generate.java --rows 10000000 --labels 1000000 --reference 200000 --out work
// Days: the log spans --days days from 2026-11-01 UTC; from --drift-day on incomes fall, debt ratios rise and more
// requests come through the mobile app (data drift); from --concept-day on the labels follow another relation
// (concept drift: the model's AUC drops). The model that scores is model.pmml (same coefficients as below).

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.SplittableRandom;

public class Generate {
    static final String[] REGIONS = {"north", "south", "east", "west", "central", "coast", "mountain", "islands"};
    static final double[] REGION_COEF = {-0.2, 0.1, 0.0, 0.05, 0.15, -0.1, 0.2, 0.3};
    static final String[] PRODUCTS = {"card", "loan", "mortgage", "overdraft", "lease"};
    static final String[] CHANNELS = {"branch", "web", "mobile_app", "broker", "phone"};
    static final double[] CHANNEL_COEF = {-0.1, 0.0, 0.25, 0.1, 0.05};
    static final long START = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();
    static final long DAY = 86_400_000L;

    long rows = 1_000_000;
    long labels = 100_000;
    long reference = 100_000;
    int days = 10;
    int driftDay = 8;
    int conceptDay = 9;
    long perFile = 1_000_000;
    Path out = Path.of("work");

    public static void main(String[] args) throws IOException {
        Generate generate = new Generate();
        for (int i = 0; i < args.length; i += 2) {
            switch (args[i]) {
                case "--rows" -> generate.rows = Long.parseLong(args[i + 1]);
                case "--labels" -> generate.labels = Long.parseLong(args[i + 1]);
                case "--reference" -> generate.reference = Long.parseLong(args[i + 1]);
                case "--days" -> generate.days = Integer.parseInt(args[i + 1]);
                case "--drift-day" -> generate.driftDay = Integer.parseInt(args[i + 1]);
                case "--concept-day" -> generate.conceptDay = Integer.parseInt(args[i + 1]);
                case "--per-file" -> generate.perFile = Long.parseLong(args[i + 1]);
                case "--out" -> generate.out = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        generate.run();
    }

    void run() throws IOException {
        Path log = Files.createDirectories(out.resolve("log"));
        SplittableRandom random = new SplittableRandom(20261101L);
        long every = Math.max(1, rows / Math.max(1, labels));
        StringBuilder line = new StringBuilder(512);
        Record record = new Record();
        try (OutputStream labelsOut = buffered(out.resolve("labels.csv"))) {
            write(labelsOut, "application_id,default\n");
            OutputStream logOut = null;
            for (long i = 0; i < rows; i++) {
                if (i % perFile == 0) {
                    if (logOut != null) {
                        logOut.close();
                    }
                    long opened = START + i * days * DAY / rows;
                    logOut = buffered(log.resolve(String.format("requests-%s-%d.jsonl",
                            java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                                    .withZone(java.time.ZoneOffset.UTC).format(Instant.ofEpochMilli(opened)),
                            i / perFile)));
                }
                long timestamp = START + i * days * DAY / rows;
                int day = (int) ((timestamp - START) / DAY);
                record.draw(random, i, day >= driftDay);
                boolean truth = random.nextDouble() < (day >= conceptDay ? record.conceptProbability() : record.probability);
                line.setLength(0);
                record.json(line, timestamp, i);
                write(logOut, line);
                if (i % every == 0 && i / every < labels) {
                    write(labelsOut, "A" + i + "," + (truth ? 1 : 0) + "\n");
                }
            }
            if (logOut != null) {
                logOut.close();
            }
        }
        try (OutputStream referenceOut = buffered(out.resolve("reference.csv"))) {
            write(referenceOut, "application_id,age,income,debt_ratio,employment_years,num_accounts,credit_score,"
                    + "region,product,channel\n");
            SplittableRandom other = new SplittableRandom(20260901L);
            for (long i = 0; i < reference; i++) {
                record.draw(other, i, false);
                line.setLength(0);
                record.csv(line, i);
                write(referenceOut, line);
            }
        }
    }

    static OutputStream buffered(final Path file) throws IOException {
        return new BufferedOutputStream(Files.newOutputStream(file), 1 << 20);
    }

    static void write(final OutputStream out, final CharSequence text) throws IOException {
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** One application, drawn, scored and written. */
    static final class Record {
        int age;
        double income;
        double debtRatio;
        int employmentYears;
        int accounts;
        int creditScore;
        int region;
        int product;
        int channel;
        double probability;

        void draw(final SplittableRandom random, final long id, final boolean drifted) {
            age = 18 + (int) Math.min(72, Math.abs(random.nextGaussian() * 13 + 24));
            income = Math.round(Math.exp(10.7 + 0.5 * random.nextGaussian() - (drifted ? 0.25 : 0)) * 100) / 100.0;
            debtRatio = Math.round(-Math.log(1 - random.nextDouble()) * (drifted ? 0.45 : 0.35) * 10_000) / 10_000.0;
            employmentYears = (int) Math.min(age - 18, Math.abs(random.nextGaussian() * 8));
            accounts = 1 + poisson(random, 2.5);
            creditScore = (int) Math.max(300, Math.min(850, 680 + 70 * random.nextGaussian()));
            region = random.nextInt(REGIONS.length);
            product = random.nextInt(PRODUCTS.length);
            double u = random.nextDouble();
            channel = drifted && u < 0.3 ? 2 : random.nextInt(CHANNELS.length);
            double logit = 4.1 - 0.02 * age - 0.00001 * income + 2.0 * debtRatio - 0.008 * creditScore
                    + 0.05 * accounts + REGION_COEF[region] + CHANNEL_COEF[channel];
            probability = 1 / (1 + Math.exp(-logit));
        }

        double conceptProbability() {
            double logit = -2.2 + 0.02 * (age - 40) + 1.0 * (0.35 - debtRatio) + 0.004 * (creditScore - 680);
            return 1 / (1 + Math.exp(-logit));
        }

        static int poisson(final SplittableRandom random, final double mean) {
            double limit = Math.exp(-mean);
            double product = random.nextDouble();
            int count = 0;
            while (product > limit) {
                product *= random.nextDouble();
                count++;
            }
            return count;
        }

        void json(final StringBuilder line, final long timestamp, final long id) {
            line.append("{\"timestamp\":\"").append(Instant.ofEpochMilli(timestamp)).append("\",\"requestId\":\"r-")
                    .append(id).append("\",\"model\":\"bench-credit\",\"version\":\"7\",\"inputs\":{")
                    .append("\"application_id\":\"A").append(id).append("\",\"age\":").append(age)
                    .append(",\"income\":").append(income).append(",\"debt_ratio\":").append(debtRatio)
                    .append(",\"employment_years\":").append(employmentYears).append(",\"num_accounts\":")
                    .append(accounts).append(",\"credit_score\":").append(creditScore).append(",\"region\":\"")
                    .append(REGIONS[region]).append("\",\"product\":\"").append(PRODUCTS[product])
                    .append("\",\"channel\":\"").append(CHANNELS[channel]).append("\"},\"outputs\":{\"label\":\"")
                    .append(probability >= 0.5 ? 1 : 0).append("\",\"probabilities\":{\"0\":").append(1 - probability)
                    .append(",\"1\":").append(probability).append("}},\"latencyMicros\":").append(300 + id % 900)
                    .append("}\n");
        }

        void csv(final StringBuilder line, final long id) {
            line.append('R').append(id).append(',').append(age).append(',').append(income).append(',')
                    .append(debtRatio).append(',').append(employmentYears).append(',').append(accounts).append(',')
                    .append(creditScore).append(',').append(REGIONS[region]).append(',').append(PRODUCTS[product])
                    .append(',').append(CHANNELS[channel]).append('\n');
        }
    }
}
