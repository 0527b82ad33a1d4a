// Generates the credit-risk sample data with a fixed seed, so the project ships no third-party data.
// Run from this folder with only a JDK:  java Generate.java
// Writes data/train.csv (the reference), data/2026-10.csv (a month like the reference) and data/2026-11.csv
// (a month with drift and a few data errors that the validation gate must catch).

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

public class Generate {
    private static final String[] REGIONS = {"north", "south", "east", "west", "central"};
    private static final double[] REGION_SHARES = {0.25, 0.2, 0.2, 0.2, 0.15};
    private static final double[] DRIFTED_REGION_SHARES = {0.1, 0.15, 0.2, 0.2, 0.35};
    private static final String[] PRODUCTS = {"card", "loan", "mortgage"};
    private static final String[] NAMES = {"alex", "sam", "kim", "lee", "max", "robin", "chris", "jo", "pat", "dana"};
    private static final String[] DOMAINS = {"example.com", "mail.example.org", "post.example.net"};

    public static void main(String[] args) throws IOException {
        write(Path.of("data/train.csv"), 5000, 1, 20260901L, LocalDate.of(2025, 1, 1), 600, false);
        write(Path.of("data/2026-10.csv"), 1000, 100_001, 20261001L, LocalDate.of(2026, 10, 1), 31, false);
        write(Path.of("data/2026-11.csv"), 1000, 200_001, 20261101L, LocalDate.of(2026, 11, 1), 30, true);
    }

    static void write(Path file, int rows, long firstId, long seed, LocalDate start, int days, boolean drifted)
            throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        Files.createDirectories(file.getParent());
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            out.print("customer_id,age,income,debt_ratio,employment_years,num_late_payments,region,product,"
                    + "application_date,email,default\n");
            for (int i = 0; i < rows; i++) {
                long id = firstId + i;
                int age = 18 + (int) Math.min(72, Math.round(gamma(random, 4.0, 5.0)));
                double income = Math.exp(10.4 + 0.45 * random.nextGaussian() + (drifted ? 0.35 : 0.0));
                double debtRatio = Math.min(1.5, Math.max(0.0, 0.3 + 0.15 * random.nextGaussian()));
                int employment = Math.max(0, Math.min(age - 18, (int) Math.round(gamma(random, 2.0, 3.0))));
                int late = poisson(random, drifted ? 0.9 : 0.6);
                String region = pick(random, REGIONS, drifted ? DRIFTED_REGION_SHARES : REGION_SHARES);
                String product = PRODUCTS[random.nextInt(PRODUCTS.length)];
                LocalDate date = start.plusDays(random.nextInt(days));
                String email = NAMES[random.nextInt(NAMES.length)] + "." + (id % 9973) + "@"
                        + DOMAINS[random.nextInt(DOMAINS.length)];
                double score = -2.2 + 2.5 * (debtRatio - 0.3) + 0.45 * late - 0.35 * (Math.log(income) - 10.4)
                        - 0.02 * (age - 40) - 0.05 * employment;
                int target = random.nextDouble() < 1.0 / (1.0 + Math.exp(-score)) ? 1 : 0;

                String ageText = Integer.toString(age);
                String incomeText = String.format(Locale.ROOT, "%.2f", income);
                String dateText = date.toString();
                if (drifted && i % 97 == 13) {
                    ageText = Integer.toString(150 + random.nextInt(50)); // typing errors the range check must catch
                }
                if (drifted && i % 211 == 7) {
                    dateText = date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear();
                }
                if (random.nextDouble() < (drifted ? 0.04 : 0.01)) {
                    incomeText = ""; // not every applicant states an income
                }
                out.printf(Locale.ROOT, "%d,%s,%s,%.4f,%d,%d,%s,%s,%s,%s,%d%n", id, ageText, incomeText, debtRatio,
                        employment, late, region, product, dateText, email, target);
            }
        }
    }

    static String pick(SplittableRandom random, String[] values, double[] shares) {
        double u = random.nextDouble();
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += shares[i];
            if (u < sum) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Gamma(shape, scale) by Marsaglia and Tsang's method, shape >= 1. */
    static double gamma(SplittableRandom random, double shape, double scale) {
        double d = shape - 1.0 / 3.0;
        double c = 1.0 / Math.sqrt(9.0 * d);
        while (true) {
            double x = random.nextGaussian();
            double v = 1.0 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v * scale;
            }
        }
    }
}
