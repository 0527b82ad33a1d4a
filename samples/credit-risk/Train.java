// Trains the credit-risk sample model and writes it as PMML, with only a JDK:
//   java Train.java --data data/train.csv --output model.pmml [--seed 42] [--features age,debt_ratio,...]
//                   [--l2 0.001] [--epochs 30] [--batch 64] [--nondeterministic]
//
// The model is an L2-regularised logistic regression fitted by mini-batch stochastic gradient descent on
// standardised features; the seed drives the shuffling, so the same seed gives the same coefficients bit for bit
// and the written PMML differs only in its Header timestamp. --nondeterministic seeds from the clock, as a training
// script that forgets to fix its seed does: the coefficients then differ in their last digits from run to run, which
// the reproducibility gate must catch. --features picks a subset (the demo trains a weaker candidate that way).
//
// Numeric features: age, log(income) (a missing income is replaced by the training median), debt_ratio,
// employment_years, num_late_payments. Categorical features (one-hot, first level as the reference): region, product.

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;

public class Train {
    static final List<String> NUMERIC = List.of("age", "income", "debt_ratio", "employment_years", "num_late_payments");
    static final List<String> CATEGORICAL = List.of("region", "product");
    static final String TARGET = "default";

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        Path data = Path.of(required(options, "data"));
        Path output = Path.of(options.getOrDefault("output", System.getenv().getOrDefault("MODELGATE_OUTPUT", "")));
        if (output.toString().isEmpty()) {
            throw new IllegalArgumentException("--output is required (or MODELGATE_OUTPUT)");
        }
        long seed = options.containsKey("nondeterministic")
                ? System.nanoTime()
                : Long.parseLong(options.getOrDefault("seed", "42"));
        List<String> features = options.containsKey("features")
                ? List.of(options.get("features").split(","))
                : concat(NUMERIC, CATEGORICAL);
        for (String feature : features) {
            if (!NUMERIC.contains(feature) && !CATEGORICAL.contains(feature)) {
                throw new IllegalArgumentException("unknown feature " + feature + "; known: " + concat(NUMERIC, CATEGORICAL));
            }
        }
        Table table = Table.read(data, features);
        Design design = Design.of(table, features);
        double[] weights = fit(design, table.targets, seed, Double.parseDouble(options.getOrDefault("l2", "0.001")),
                Integer.parseInt(options.getOrDefault("epochs", "30")),
                Integer.parseInt(options.getOrDefault("batch", "64")));
        String pmml = Pmml.write(design, weights, table.targets.length, seed, options.containsKey("nondeterministic"));
        Path parent = output.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path temp = Files.createTempFile(parent, ".train-", ".pmml");
        Files.writeString(temp, pmml, StandardCharsets.UTF_8);
        Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        System.out.printf("trained on %d rows, %d features, seed %d: %s%n", table.targets.length, design.width(),
                seed, output);
    }

    /** Mini-batch SGD with a decaying step on the mean log loss plus (l2 / 2) * |w|^2 (intercept not penalised). */
    static double[] fit(Design design, int[] targets, long seed, double l2, int epochs, int batch) {
        int rows = targets.length;
        int width = design.width();
        double[] w = new double[width + 1];
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] gradient = new double[width + 1];
        int step = 0;
        for (int epoch = 0; epoch < epochs; epoch++) {
            for (int i = rows - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = order[i];
                order[i] = order[j];
                order[j] = t;
            }
            for (int start = 0; start < rows; start += batch) {
                int end = Math.min(rows, start + batch);
                Arrays.fill(gradient, 0.0);
                for (int k = start; k < end; k++) {
                    double[] x = design.rows[order[k]];
                    double z = w[0];
                    for (int f = 0; f < width; f++) {
                        z += w[f + 1] * x[f];
                    }
                    double error = 1.0 / (1.0 + Math.exp(-z)) - targets[order[k]];
                    gradient[0] += error;
                    for (int f = 0; f < width; f++) {
                        gradient[f + 1] += error * x[f];
                    }
                }
                double rate = 0.5 / (1.0 + 0.01 * step++);
                int size = end - start;
                w[0] -= rate * gradient[0] / size;
                for (int f = 1; f <= width; f++) {
                    w[f] -= rate * (gradient[f] / size + l2 * w[f]);
                }
            }
        }
        return w;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (name.equals("nondeterministic")) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The training rows: raw numeric values (NaN when missing), category strings, 0/1 targets. */
    static final class Table {
        final List<String> numeric = new ArrayList<>();
        final List<String> categorical = new ArrayList<>();
        double[][] numbers;
        String[][] categories;
        int[] targets;

        static Table read(Path file, List<String> features) throws IOException {
            Table table = new Table();
            for (String feature : features) {
                (NUMERIC.contains(feature) ? table.numeric : table.categorical).add(feature);
            }
            List<double[]> numbers = new ArrayList<>();
            List<String[]> categories = new ArrayList<>();
            List<Integer> targets = new ArrayList<>();
            try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                List<String> header = List.of(reader.readLine().split(",", -1));
                int target = index(header, TARGET, file);
                int[] numericAt = table.numeric.stream().mapToInt(f -> index(header, f, file)).toArray();
                int[] categoricalAt = table.categorical.stream().mapToInt(f -> index(header, f, file)).toArray();
                String line;
                int number = 1;
                while ((line = reader.readLine()) != null) {
                    number++;
                    String[] fields = line.split(",", -1);
                    if (fields.length != header.size()) {
                        throw new IllegalArgumentException(file + ":" + number + ": expected " + header.size()
                                + " fields, found " + fields.length);
                    }
                    double[] row = new double[numericAt.length];
                    for (int i = 0; i < row.length; i++) {
                        String text = fields[numericAt[i]];
                        row[i] = text.isEmpty() ? Double.NaN : Double.parseDouble(text);
                    }
                    String[] cats = new String[categoricalAt.length];
                    for (int i = 0; i < cats.length; i++) {
                        cats[i] = fields[categoricalAt[i]];
                    }
                    numbers.add(row);
                    categories.add(cats);
                    targets.add(Integer.parseInt(fields[target]));
                }
            }
            table.numbers = numbers.toArray(new double[0][]);
            table.categories = categories.toArray(new String[0][]);
            table.targets = targets.stream().mapToInt(Integer::intValue).toArray();
            return table;
        }

        static int index(List<String> header, String column, Path file) {
            int index = header.indexOf(column);
            if (index < 0) {
                throw new IllegalArgumentException(file + ":1: no column " + column + " in " + header);
            }
            return index;
        }
    }

    /** The standardised design matrix and what is needed to undo the standardisation in the PMML. */
    static final class Design {
        final List<String> numeric;
        final double[] medians;
        final double[] means;
        final double[] deviations;
        final List<String> categorical;
        final List<List<String>> levels = new ArrayList<>();
        double[][] rows;

        Design(List<String> numeric, List<String> categorical) {
            this.numeric = numeric;
            this.categorical = categorical;
            this.medians = new double[numeric.size()];
            this.means = new double[numeric.size()];
            this.deviations = new double[numeric.size()];
        }

        static Design of(Table table, List<String> features) {
            Design design = new Design(table.numeric, table.categorical);
            int n = table.targets.length;
            for (int f = 0; f < design.numeric.size(); f++) {
                int column = f;
                double[] present = Arrays.stream(table.numbers).mapToDouble(r -> r[column]).filter(v -> !Double.isNaN(v))
                        .sorted().toArray();
                design.medians[f] = present[present.length / 2];
            }
            for (int c = 0; c < design.categorical.size(); c++) {
                TreeSet<String> values = new TreeSet<>();
                for (String[] row : table.categories) {
                    values.add(row[c]);
                }
                design.levels.add(new ArrayList<>(values));
            }
            design.rows = new double[n][design.width()];
            for (int i = 0; i < n; i++) {
                design.encode(table.numbers[i], table.categories[i], design.rows[i]);
            }
            for (int f = 0; f < design.numeric.size(); f++) {
                double sum = 0;
                for (double[] row : design.rows) {
                    sum += row[f];
                }
                double mean = sum / n;
                double squares = 0;
                for (double[] row : design.rows) {
                    squares += (row[f] - mean) * (row[f] - mean);
                }
                design.means[f] = mean;
                design.deviations[f] = Math.sqrt(squares / n) > 0 ? Math.sqrt(squares / n) : 1.0;
                for (double[] row : design.rows) {
                    row[f] = (row[f] - mean) / design.deviations[f];
                }
            }
            return design;
        }

        /** Numeric values (income as its logarithm, missing as the median), then one-hot levels after the first. */
        void encode(double[] numbers, String[] categories, double[] out) {
            int k = 0;
            for (int f = 0; f < numeric.size(); f++) {
                double value = Double.isNaN(numbers[f]) ? medians[f] : numbers[f];
                out[k++] = numeric.get(f).equals("income") ? Math.log(value) : value;
            }
            for (int c = 0; c < categorical.size(); c++) {
                List<String> values = levels.get(c);
                for (int l = 1; l < values.size(); l++) {
                    out[k++] = values.get(l).equals(categories[c]) ? 1.0 : 0.0;
                }
            }
        }

        int width() {
            int width = numeric.size();
            for (List<String> values : levels) {
                width += values.size() - 1;
            }
            return width;
        }
    }

    /** Writes the fitted model as a PMML 4.4 RegressionModel with logit normalisation. */
    static final class Pmml {
        static String write(Design design, double[] w, int rows, long seed, boolean nondeterministic) {
            double intercept = w[0];
            double[] coefficients = new double[design.numeric.size()];
            for (int f = 0; f < coefficients.length; f++) {
                coefficients[f] = w[f + 1] / design.deviations[f];
                intercept -= coefficients[f] * design.means[f];
            }
            StringBuilder xml = new StringBuilder();
            xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                    .append("<PMML xmlns=\"http://www.dmg.org/PMML-4_4\" version=\"4.4\">\n")
                    .append("  <Header description=\"credit-risk logistic regression, ").append(rows)
                    .append(" training rows\">\n")
                    .append("    <Extension name=\"seed\" value=\"")
                    .append(nondeterministic ? "clock:" + seed : Long.toString(seed)).append("\"/>\n")
                    .append("    <Application name=\"modelgate sample trainer\" version=\"1\"/>\n")
                    .append("    <Timestamp>").append(Instant.now()).append("</Timestamp>\n")
                    .append("  </Header>\n");
            int fields = 1 + design.numeric.size() + design.categorical.size();
            xml.append("  <DataDictionary numberOfFields=\"").append(fields).append("\">\n")
                    .append("    <DataField name=\"default\" optype=\"categorical\" dataType=\"integer\">")
                    .append("<Value value=\"0\"/><Value value=\"1\"/></DataField>\n");
            for (String name : design.numeric) {
                xml.append("    <DataField name=\"").append(name).append("\" optype=\"continuous\" dataType=\"double\"/>\n");
            }
            for (int c = 0; c < design.categorical.size(); c++) {
                xml.append("    <DataField name=\"").append(design.categorical.get(c))
                        .append("\" optype=\"categorical\" dataType=\"string\">");
                for (String value : design.levels.get(c)) {
                    xml.append("<Value value=\"").append(value).append("\"/>");
                }
                xml.append("</DataField>\n");
            }
            xml.append("  </DataDictionary>\n");
            if (design.numeric.contains("income")) {
                xml.append("  <TransformationDictionary>\n")
                        .append("    <DerivedField name=\"log_income\" optype=\"continuous\" dataType=\"double\">")
                        .append("<Apply function=\"ln\"><FieldRef field=\"income\"/></Apply></DerivedField>\n")
                        .append("  </TransformationDictionary>\n");
            }
            xml.append("  <RegressionModel modelName=\"credit-risk\" functionName=\"classification\"")
                    .append(" normalizationMethod=\"logit\">\n")
                    .append("    <MiningSchema>\n")
                    .append("      <MiningField name=\"default\" usageType=\"target\"/>\n");
            for (int f = 0; f < design.numeric.size(); f++) {
                xml.append("      <MiningField name=\"").append(design.numeric.get(f))
                        .append("\" missingValueReplacement=\"").append(design.medians[f]).append("\"/>\n");
            }
            for (String name : design.categorical) {
                xml.append("      <MiningField name=\"").append(name).append("\" invalidValueTreatment=\"asIs\"/>\n");
            }
            xml.append("    </MiningSchema>\n")
                    .append("    <Output>\n")
                    .append("      <OutputField name=\"probability(0)\" optype=\"continuous\" dataType=\"double\"")
                    .append(" feature=\"probability\" value=\"0\"/>\n")
                    .append("      <OutputField name=\"probability(1)\" optype=\"continuous\" dataType=\"double\"")
                    .append(" feature=\"probability\" value=\"1\"/>\n")
                    .append("    </Output>\n");
            xml.append("    <RegressionTable targetCategory=\"1\" intercept=\"").append(intercept).append("\">\n");
            for (int f = 0; f < design.numeric.size(); f++) {
                String name = design.numeric.get(f).equals("income") ? "log_income" : design.numeric.get(f);
                xml.append("      <NumericPredictor name=\"").append(name).append("\" coefficient=\"")
                        .append(coefficients[f]).append("\"/>\n");
            }
            int k = design.numeric.size();
            for (int c = 0; c < design.categorical.size(); c++) {
                List<String> values = design.levels.get(c);
                for (int l = 1; l < values.size(); l++) {
                    xml.append("      <CategoricalPredictor name=\"").append(design.categorical.get(c))
                            .append("\" value=\"").append(values.get(l)).append("\" coefficient=\"")
                            .append(w[++k]).append("\"/>\n");
                }
            }
            xml.append("    </RegressionTable>\n")
                    .append("    <RegressionTable targetCategory=\"0\" intercept=\"0.0\"/>\n")
                    .append("  </RegressionModel>\n")
                    .append("</PMML>\n");
            return xml.toString();
        }
    }
}
