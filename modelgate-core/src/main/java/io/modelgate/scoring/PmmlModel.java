package io.modelgate.scoring;

import io.modelgate.data.DataFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.ParserConfigurationException;
import org.dmg.pmml.MiningFunction;
import org.jpmml.evaluator.Evaluator;
import org.jpmml.evaluator.EvaluatorUtil;
import org.jpmml.evaluator.FieldValue;
import org.jpmml.evaluator.HasProbability;
import org.jpmml.evaluator.InputField;
import org.jpmml.evaluator.LoadingModelEvaluatorBuilder;
import org.jpmml.evaluator.ModelEvaluator;
import org.jpmml.evaluator.OutputField;
import org.jpmml.evaluator.TargetField;
import org.jpmml.evaluator.visitors.AttributeFinalizerBattery;
import org.jpmml.evaluator.visitors.AttributeOptimizerBattery;
import org.jpmml.evaluator.visitors.ElementOptimizerBattery;
import org.jpmml.model.PMMLException;
import org.jpmml.model.visitors.VisitorBattery;
import org.xml.sax.SAXException;

/**
 * A loaded PMML model (classification or regression) that scores rows. Loading reads the file once: a hardened
 * pass refuses DTDs and entities and computes the {@linkplain ModelHash canonical hash}, then jpmml-evaluator
 * builds the evaluator from the same bytes and runs the model's verification records, if it has any. A loaded
 * model is immutable and thread-safe: share one instance between threads.
 *
 * <p>Of jpmml's default visitors it applies those that make evaluation fast or correct (parsing values, node scores
 * and target categories once, resolving node references) and leaves out the interners and list compactors, which only
 * save memory: on a 100-tree forest they took more than half of the load time (4 s of 7 s for a 39 MB document, cold)
 * and changed neither the scores nor the time per row.
 */
public final class PmmlModel {
    private final String file;
    private final Evaluator evaluator;
    private final String hash;
    private final boolean verified;
    private final List<InputField> inputs;
    private final TargetField target;
    private final List<String> classLabels;

    PmmlModel(final String file, final Evaluator evaluator, final String hash) {
        this.file = file;
        this.evaluator = evaluator;
        this.hash = hash;
        this.inputs = List.copyOf(evaluator.getInputFields());
        List<TargetField> targets = evaluator.getTargetFields();
        if (targets.size() != 1) {
            throw new DataFormatException(
                    file, 0, 0, "the model has " + targets.size() + " target fields; ModelGate scores exactly one");
        }
        this.target = targets.get(0);
        this.classLabels = function() == ModelFunction.CLASSIFICATION
                ? target.getCategories().stream().map(String::valueOf).toList()
                : List.of();
        this.verified =
                evaluator instanceof ModelEvaluator<?> model && model.getModel().getModelVerification() != null;
    }

    /**
     * Loads a PMML file, verifies it against its verification records and warms the evaluator's caches.
     *
     * @param file the PMML file
     * @return the model
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when the file is not well-formed XML, declares a DOCTYPE, is not valid or
     *     supported PMML, is neither classification nor regression, or fails its own verification records
     */
    public static PmmlModel load(final Path file) throws IOException {
        return load(Files.readAllBytes(file), file.toString());
    }

    /**
     * Loads a PMML document held in memory (e.g. the verified entry of a bundle), as {@link #load(Path)} does a file.
     *
     * @param bytes the document
     * @param name what error messages and {@link #file()} call it, e.g. {@code bundle.zip!/model.pmml}
     * @return the model
     * @throws DataFormatException when the document is not well-formed XML, declares a DOCTYPE, is not valid or
     *     supported PMML, is neither classification nor regression, or fails its own verification records
     */
    public static PmmlModel load(final byte[] bytes, final String name) {
        String hash = ModelHash.of(bytes, name);
        Evaluator evaluator;
        try {
            evaluator = new LoadingModelEvaluatorBuilder()
                    .setVisitors(visitors())
                    .load(new ByteArrayInputStream(bytes))
                    .build();
        } catch (SAXException | ParserConfigurationException | jakarta.xml.bind.JAXBException exception) {
            throw new DataFormatException(name, 0, 0, "the PMML cannot be read: " + describe(exception));
        } catch (PMMLException | IllegalArgumentException | UnsupportedOperationException exception) {
            throw new DataFormatException(
                    name, 0, 0, "the PMML is not a model ModelGate can score: " + describe(exception));
        }
        PmmlModel model = new PmmlModel(name, evaluator, hash);
        model.verify();
        return model;
    }

    private static VisitorBattery visitors() {
        VisitorBattery visitors = new VisitorBattery();
        visitors.addAll(new AttributeOptimizerBattery());
        visitors.addAll(new ElementOptimizerBattery());
        visitors.addAll(new AttributeFinalizerBattery());
        return visitors;
    }

    private void verify() {
        try {
            evaluator.verify();
        } catch (PMMLException exception) {
            throw new DataFormatException(
                    file,
                    0,
                    0,
                    "the model does not reproduce its own verification records" + " (ModelVerification): "
                            + describe(exception));
        }
    }

    private static String describe(final Exception exception) {
        Throwable cause = exception;
        while (cause.getMessage() == null && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** @return the file the model was loaded from */
    public String file() {
        return file;
    }

    /** @return the canonical SHA-256 of the PMML, see {@link ModelHash} */
    public String hash() {
        return hash;
    }

    /** @return the model name of the PMML, or the evaluator's summary (e.g. "Tree model") when it has none */
    public String name() {
        String name =
                evaluator instanceof ModelEvaluator<?> model ? model.getModel().getModelName() : null;
        return name == null ? evaluator.getSummary() : name;
    }

    /** @return the kind of prediction */
    public ModelFunction function() {
        MiningFunction function = evaluator.getMiningFunction();
        return switch (function) {
            case CLASSIFICATION -> ModelFunction.CLASSIFICATION;
            case REGRESSION -> ModelFunction.REGRESSION;
            default ->
                throw new DataFormatException(
                        file,
                        0,
                        0,
                        "the model's function is " + function.value()
                                + "; ModelGate scores classification and regression models only");
        };
    }

    /** @return whether the PMML carries verification records, which {@link #load(Path)} checked */
    public boolean isVerified() {
        return verified;
    }

    /** @return the input fields, in the model's order */
    public List<ModelField> inputFields() {
        return inputs.stream().map(PmmlModel::describe).toList();
    }

    /** @return the target field */
    public ModelField targetField() {
        return describe(target);
    }

    /** @return the names of the model's output fields (e.g. {@code probability(1)}) */
    public List<String> outputFields() {
        return evaluator.getOutputFields().stream().map(OutputField::getName).toList();
    }

    /** @return the class labels of a classification model, in the model's order; empty for regression */
    public List<String> classLabels() {
        return classLabels;
    }

    Evaluator evaluator() {
        return evaluator;
    }

    private static ModelField describe(final org.jpmml.evaluator.ModelField field) {
        List<String> categories = new ArrayList<>();
        if (field instanceof InputField input && input.getDiscreteDomain() != null) {
            input.getDiscreteDomain().forEach(value -> categories.add(String.valueOf(value)));
        } else if (field instanceof TargetField targetField && targetField.getCategories() != null) {
            targetField.getCategories().forEach(value -> categories.add(String.valueOf(value)));
        }
        return new ModelField(
                field.getName(), field.getDataType().value(), field.getOpType().value(), categories);
    }

    /**
     * Scores one row.
     *
     * @param row the raw values by input field name: strings, numbers or {@code null} for a missing value; other
     *     keys are ignored
     * @return the prediction
     * @throws IllegalArgumentException when a value is invalid for its field (the message names the field)
     */
    public Prediction score(final Map<String, ?> row) {
        Map<String, FieldValue> arguments = new LinkedHashMap<>();
        Map<String, ?> results;
        try {
            for (InputField input : inputs) {
                arguments.put(input.getName(), input.prepare(row.get(input.getName())));
            }
            results = evaluator.evaluate(arguments);
        } catch (PMMLException exception) {
            throw new IllegalArgumentException(exception.getMessage(), exception);
        }
        Object result = results.get(target.getName());
        if (classLabels.isEmpty()) {
            Object value = EvaluatorUtil.decode(result);
            return new Prediction(null, value == null ? Double.NaN : ((Number) value).doubleValue(), Map.of());
        }
        Map<String, Double> probabilities = new LinkedHashMap<>();
        if (result instanceof HasProbability distribution) {
            for (Object category : target.getCategories()) {
                Double probability = distribution.getProbability(category);
                probabilities.put(String.valueOf(category), probability == null ? 0.0 : probability);
            }
        }
        Object label = EvaluatorUtil.decode(result);
        return new Prediction(label == null ? null : String.valueOf(label), Double.NaN, probabilities);
    }
}
