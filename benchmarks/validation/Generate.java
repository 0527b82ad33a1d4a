import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;

/**
 * Writes a deterministic, credit-risk-like CSV of 20 mixed columns for the validation benchmark.
 *
 * <p>Run with {@code java Generate.java --rows N --seed S [--drift] [--out FILE]} (a JDK 17 single-file program,
 * no dependencies). The same seed gives the same bytes on every JVM: the random numbers come from a SplitMix64
 * generator written out here (not {@code java.util.Random} or {@code nextGaussian}, whose algorithms may change),
 * normal variates from the Box-Muller transform, transcendental functions from {@code StrictMath}, and numbers are formatted with integer arithmetic. A file of
 * {@code N} rows is a prefix of a file of {@code M > N} rows with the same seed and flags.
 *
 * <p>The data has, on purpose: about 0.2-3% missing values in six columns, a few out-of-range ages (0.05%) and
 * lower-case postcodes (0.02%) so that {@code mostly} constraints have something to find, unique but scrambled
 * {@code customer_id}s, and a {@code default} target that depends on the credit score, debt ratio and late
 * payments. {@code --drift} shifts income, debt ratio, credit score, region, channel, application date and the
 * default rate; the other columns keep their distributions.
 */
public final class Generate {
    private static final String HEADER = "customer_id,age,employment_years,num_accounts,num_late_payments,"
            + "credit_score,income,debt_ratio,balance,interest_rate,has_mortgage,owns_home,application_date,"
            + "region,product,channel,employment_type,postcode,contact_email,default\n";

    private static final String[] REGIONS = {
        "north_east", "north_west", "yorkshire", "midlands", "east_anglia", "london", "south_east", "south_west"
    };
    private static final double[] REGION_WEIGHTS = {0.06, 0.12, 0.09, 0.17, 0.08, 0.20, 0.16, 0.12};
    private static final double[] REGION_WEIGHTS_DRIFT = {0.05, 0.10, 0.08, 0.15, 0.07, 0.27, 0.18, 0.10};
    private static final String[] PRODUCTS = {
        "personal_loan", "credit_card", "residential_mortgage", "auto_loan", "arranged_overdraft"
    };
    private static final double[] PRODUCT_WEIGHTS = {0.30, 0.35, 0.15, 0.12, 0.08};
    private static final String[] CHANNELS = {"branch", "online_web", "mobile_app", "broker", "telephone"};
    private static final double[] CHANNEL_WEIGHTS = {0.20, 0.35, 0.25, 0.12, 0.08};
    private static final double[] CHANNEL_WEIGHTS_DRIFT = {0.12, 0.30, 0.40, 0.12, 0.06};
    private static final String[] EMPLOYMENT = {
        "employed_full_time", "employed_part_time", "self_employed", "unemployed", "retired", "student"
    };
    private static final double[] EMPLOYMENT_WEIGHTS = {0.55, 0.14, 0.12, 0.05, 0.10, 0.04};
    private static final String[] FIRST_NAMES = {
        "alex", "sam", "jo", "chris", "pat", "morgan", "taylor", "jamie", "robin", "casey", "drew", "kim",
        "lee", "max", "nico", "ali", "eden", "jules", "remy", "sasha"
    };
    private static final String[] LAST_NAMES = {
        "smith", "jones", "taylor", "brown", "williams", "wilson", "johnson", "davies", "patel", "wright",
        "robinson", "walker", "thompson", "white", "hughes", "edwards", "green", "hall", "wood", "harris"
    };
    private static final String[] MAIL_DOMAINS = {
        "example.com", "example.org", "example.net", "mail.example.com", "inbox.example.org", "post.example.net"
    };

    private static final long ID_MASK = (1L << 31) - 1;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST_DAY.toEpochDay()) + 1;
    private static final String[] DATES = new String[DAYS];

    static {
        for (int day = 0; day < DAYS; day++) {
            DATES[day] = FIRST_DAY.plusDays(day).toString();
        }
    }

    private final SplitMix64 random;
    private final boolean drift;
    private final long idKey;
    private final StringBuilder line = new StringBuilder(256);

    private Generate(final long seed, final boolean drift) {
        this.random = new SplitMix64(seed);
        this.drift = drift;
        this.idKey = SplitMix64.mix(seed ^ 0x5DEECE66DL) & ID_MASK;
    }

    public static void main(final String[] args) throws IOException {
        long rows = -1;
        long seed = 1;
        boolean drift = false;
        String out = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(value(args, ++i, "--rows"));
                case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
                case "--drift" -> drift = true;
                case "--out" -> out = value(args, ++i, "--out");
                default -> usage("unknown argument '" + args[i] + "'");
            }
        }
        if (rows < 0 || rows > ID_MASK) {
            usage("--rows N is required, 0 <= N <= " + ID_MASK);
        }
        Generate generator = new Generate(seed, drift);
        if (out == null) {
            generator.write(rows, System.out);
            System.out.flush();
        } else if (Files.exists(Path.of(out)) && !Files.isRegularFile(Path.of(out))) {
            try (OutputStream stream = Files.newOutputStream(Path.of(out))) { // a device such as /dev/null
                generator.write(rows, stream);
            }
        } else {
            Path target = Path.of(out).toAbsolutePath(); // written whole or not at all
            Path partial = target.resolveSibling(target.getFileName() + ".partial");
            try (OutputStream stream = Files.newOutputStream(partial)) {
                generator.write(rows, stream);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    private static String value(final String[] args, final int index, final String flag) {
        if (index >= args.length) {
            usage(flag + " needs a value");
        }
        return args[index];
    }

    private static void usage(final String problem) {
        System.err.println("Generate: " + problem);
        System.err.println("usage: java Generate.java --rows N [--seed S] [--drift] [--out FILE]");
        System.exit(2);
    }

    private void write(final long rows, final OutputStream target) throws IOException {
        BufferedOutputStream out = new BufferedOutputStream(target, 1 << 20);
        out.write(HEADER.getBytes(StandardCharsets.US_ASCII));
        byte[] bytes = new byte[512];
        for (long index = 0; index < rows; index++) {
            line.setLength(0);
            row(index);
            int length = line.length();
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) line.charAt(i);
            }
            out.write(bytes, 0, length);
        }
        out.flush();
    }

    /** Appends one row; every random draw happens in the same order whatever the outcome, so rows stay aligned. */
    private void row(final long index) {
        line.append(customerId(index)).append(',');

        int age = 18 + (int) Math.min(72, Math.abs(normal() * 14 + 24));
        double ageTypo = random.nextDouble();
        double ageMissing = random.nextDouble();
        if (ageMissing < 0.002) {
            line.append(',');
        } else {
            line.append(ageTypo < 0.0005 ? age + 100 : age).append(',');
        }

        int employmentYears = (int) Math.min(Math.min(age - 18, 50), Math.floor(random.nextDouble() * (age - 17)));
        if (random.nextDouble() >= 0.01) {
            line.append(employmentYears);
        }
        line.append(',');

        line.append(1 + poisson(2.5)).append(',');
        int latePayments = random.nextDouble() < 0.75 ? 0 : 1 + poisson(1.2);
        line.append(latePayments).append(',');

        double scoreShift = drift ? -20 : 0;
        int creditScore = (int) Math.round(Math.max(300, Math.min(850, 680 + scoreShift + normal() * 70)));
        line.append(creditScore).append(',');

        double income = StrictMath.exp(10.4 + (drift ? 0.15 : 0) + normal() * 0.55);
        if (random.nextDouble() >= 0.02) {
            fixed(income, 2);
        }
        line.append(',');

        double debtRatio = -StrictMath.log(1 - random.nextDouble()) * (drift ? 0.42 : 0.35);
        fixed(Math.min(debtRatio, 4.5), 10);
        line.append(',');

        double balance = StrictMath.exp(7.5 + normal() * 1.2);
        if (random.nextDouble() >= 0.005) {
            fixed(balance, 2);
        }
        line.append(',');

        double interestRate = 0.03 + 0.2 * random.nextDouble() * random.nextDouble() + (850 - creditScore) / 20000.0;
        fixed(interestRate, 6);
        line.append(',');

        line.append(random.nextDouble() < 0.32).append(',');
        line.append(random.nextDouble() < 0.58).append(',');

        double dayDraw = random.nextDouble();
        int day = (int) ((drift ? StrictMath.sqrt(dayDraw) : dayDraw) * DAYS);
        line.append(DATES[Math.min(day, DAYS - 1)]).append(',');

        line.append(REGIONS[pick(drift ? REGION_WEIGHTS_DRIFT : REGION_WEIGHTS)]).append(',');
        line.append(PRODUCTS[pick(PRODUCT_WEIGHTS)]).append(',');
        line.append(CHANNELS[pick(drift ? CHANNEL_WEIGHTS_DRIFT : CHANNEL_WEIGHTS)]).append(',');
        String employment = EMPLOYMENT[pick(EMPLOYMENT_WEIGHTS)];
        if (random.nextDouble() >= 0.015) {
            line.append(employment);
        }
        line.append(',');

        postcode(random.nextDouble() < 0.0002);
        line.append(',');

        email(random.nextDouble() < 0.03);
        line.append(',');

        double risk = -3.3 - (creditScore - 680) / 60.0 + 1.2 * (debtRatio - 0.35) + 0.45 * latePayments
                + (drift ? 0.25 : 0);
        line.append(random.nextDouble() < 1 / (1 + StrictMath.exp(-risk)) ? 1 : 0).append('\n');
    }

    /** Unique within a file: a bijection of the 31-bit row index, keyed by the seed, plus one. */
    private long customerId(final long index) {
        long x = (index ^ idKey) & ID_MASK;
        for (int round = 0; round < 3; round++) {
            x = (x * 0x2545F491L) & ID_MASK; // odd multiplier: a bijection modulo 2^31
            x ^= x >>> 15;
        }
        return x + 1;
    }

    private void fixed(final double value, final int decimals) {
        long scale = (long) StrictMath.pow(10, decimals);
        long scaled = Math.round(value * scale);
        line.append(scaled / scale).append('.');
        String fraction = Long.toString(scaled % scale);
        for (int pad = fraction.length(); pad < decimals; pad++) {
            line.append('0');
        }
        line.append(fraction);
    }

    private void postcode(final boolean lowerCase) {
        char a = (char) ('A' + random.nextInt(26));
        char b = (char) ('A' + random.nextInt(26));
        int district = 1 + random.nextInt(99);
        int sector = random.nextInt(10);
        char c = (char) ('A' + random.nextInt(26));
        char d = (char) ('A' + random.nextInt(26));
        String code = "" + a + b + (district < 10 ? "0" : "") + district + ' ' + sector + c + d;
        line.append(lowerCase ? code.toLowerCase(java.util.Locale.ROOT) : code);
    }

    private void email(final boolean missing) {
        String first = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
        String last = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
        int number = random.nextInt(10_000);
        String domain = MAIL_DOMAINS[random.nextInt(MAIL_DOMAINS.length)];
        if (!missing) {
            line.append(first).append('.').append(last).append(number).append('@').append(domain);
        }
    }

    private int pick(final double[] weights) {
        double u = random.nextDouble();
        for (int i = 0; i < weights.length - 1; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Poisson variate by inversion (small means only). */
    private int poisson(final double mean) {
        double u = random.nextDouble();
        double p = StrictMath.exp(-mean);
        double cumulative = p;
        int k = 0;
        while (u > cumulative && k < 60) {
            k++;
            p *= mean / k;
            cumulative += p;
        }
        return k;
    }

    /** Standard normal variate by the Box-Muller transform (one of the pair, so each call takes two draws). */
    private double normal() {
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * Math.PI * v);
    }

    /** SplitMix64 (Steele, Lea, Flood 2014): a tiny, fully specified generator, so the output never changes. */
    private static final class SplitMix64 {
        private long state;

        SplitMix64(final long seed) {
            this.state = seed;
        }

        static long mix(final long value) {
            long z = value;
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        long nextLong() {
            state += 0x9E3779B97F4A7C15L;
            return mix(state);
        }

        double nextDouble() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }

        int nextInt(final int bound) {
            return (int) (((nextLong() >>> 33) * bound) >>> 31);
        }
    }
}
