package io.modelgate.scoring;

import java.util.Arrays;
import java.util.List;
import org.dmg.pmml.regression.CategoricalPredictor;
import org.dmg.pmml.regression.NumericPredictor;
import org.dmg.pmml.regression.RegressionModel;

/**
 * Compiles a PMML {@code RegressionModel} into a {@link LinearModel}: numeric predictors of exponent 1, categorical
 * predictors, intercepts; normalization none, logit or exp for a regression (softmax of one table is logit, as in
 * jpmml); for a classifier none or logit with two tables, softmax with two or more. Predictor terms, other
 * exponents and other normalizations are refused.
 */
final class RegressionCompiler {
    private final ModelCompiler compiler;

    RegressionCompiler(final ModelCompiler compiler) {
        this.compiler = compiler;
    }

    LinearModel compile(final RegressionModel model, final List<String> classes) throws NotCompilableException {
        Arithmetic math = Arithmetic.of(model.getMathContext());
        List<org.dmg.pmml.regression.RegressionTable> tables = model.requireRegressionTables();
        RegressionTable[] compiled = new RegressionTable[tables.size()];
        for (int t = 0; t < compiled.length; t++) {
            compiled[t] = table(tables.get(t), math);
        }
        LinearModel.Normalization normalization = normalization(model.getNormalizationMethod());
        if (classes.isEmpty()) {
            if (compiled.length != 1) {
                throw new NotCompilableException("a regression model with " + compiled.length + " tables");
            }
            return new LinearModel(
                    compiled, new int[0], normalization, math, TargetRescale.of(model.getTargets(), math), 1);
        }
        if (model.getTargets() != null && model.getTargets().hasTargets()) {
            throw new NotCompilableException("Targets on a classification regression model");
        }
        int[] classOf = new int[compiled.length];
        for (int t = 0; t < classOf.length; t++) {
            classOf[t] = classes.indexOf(String.valueOf(tables.get(t).requireTargetCategory()));
        }
        if (classOf.length != classes.size()
                || Arrays.stream(classOf).distinct().count() != classes.size()
                || Arrays.stream(classOf).anyMatch(index -> index < 0)) {
            throw new NotCompilableException("regression tables that do not match the target's classes " + classes);
        }
        if (compiled.length == 2 && normalization == LinearModel.Normalization.SOFTMAX && isDefault(tables.get(1))) {
            normalization = LinearModel.Normalization.LOGIT;
        }
        boolean binomial = compiled.length == 2
                && (normalization == LinearModel.Normalization.NONE
                        || normalization == LinearModel.Normalization.LOGIT);
        if (!binomial && normalization != LinearModel.Normalization.SOFTMAX) {
            throw new NotCompilableException("the normalization "
                    + model.getNormalizationMethod().value() + " of " + compiled.length + " classes");
        }
        return new LinearModel(compiled, classOf, normalization, math, TargetRescale.NONE, classes.size());
    }

    private static LinearModel.Normalization normalization(final RegressionModel.NormalizationMethod method)
            throws NotCompilableException {
        return switch (method) {
            case NONE -> LinearModel.Normalization.NONE;
            case LOGIT -> LinearModel.Normalization.LOGIT;
            case EXP -> LinearModel.Normalization.EXP;
            case SOFTMAX -> LinearModel.Normalization.SOFTMAX;
            default -> throw new NotCompilableException("the normalization " + method.value());
        };
    }

    private static boolean isDefault(final org.dmg.pmml.regression.RegressionTable table) {
        return !table.hasNumericPredictors()
                && !table.hasCategoricalPredictors()
                && !table.hasPredictorTerms()
                && table.requireIntercept().doubleValue() == 0;
    }

    private RegressionTable table(final org.dmg.pmml.regression.RegressionTable table, final Arithmetic math)
            throws NotCompilableException {
        if (table.hasPredictorTerms()) {
            throw new NotCompilableException("predictor terms (PredictorTerm)");
        }
        List<NumericPredictor> numeric = table.getNumericPredictors();
        int[] numericSlots = new int[numeric.size()];
        double[] numericCoefficients = new double[numeric.size()];
        for (int i = 0; i < numericSlots.length; i++) {
            NumericPredictor predictor = numeric.get(i);
            FieldSlot field = compiler.resolve(predictor.requireField());
            if (!field.type().isNumber() || predictor.getExponent() != null && predictor.getExponent() != 1) {
                throw new NotCompilableException("the numeric predictor '" + field.name() + "'");
            }
            numericSlots[i] = field.slot();
            numericCoefficients[i] = math.of(predictor.requireCoefficient());
        }
        List<CategoricalPredictor> categorical = table.getCategoricalPredictors();
        int[] categorySlots = new int[categorical.size()];
        double[] categories = new double[categorical.size()];
        double[] categoryCoefficients = new double[categorical.size()];
        for (int i = 0; i < categorySlots.length; i++) {
            CategoricalPredictor predictor = categorical.get(i);
            FieldSlot field = compiler.resolve(predictor.requireField());
            if (field.type() != SlotType.CATEGORY) {
                throw new NotCompilableException("a categorical predictor on the number field '" + field.name() + "'");
            }
            categorySlots[i] = field.slot();
            categories[i] = compiler.category(field, predictor.requireValue());
            categoryCoefficients[i] = math.of(predictor.requireCoefficient());
        }
        return new RegressionTable(
                numericSlots,
                numericCoefficients,
                categorySlots,
                categories,
                categoryCoefficients,
                math.of(table.requireIntercept()));
    }
}
