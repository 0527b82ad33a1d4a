package io.modelgate.cli.monitoring;

import io.modelgate.data.ColumnType;
import io.modelgate.monitoring.PredictionColumns;
import io.modelgate.scoring.ModelField;
import io.modelgate.scoring.ModelFunction;
import io.modelgate.scoring.PmmlModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The columns of a model whose drift is monitored: its input fields with their types, and its predictions. */
final class ModelColumns {
    private ModelColumns() {}

    /** The input fields in the model's order, typed by PMML data type; categorical fields count as strings. */
    static Map<String, ColumnType> inputs(final PmmlModel model) {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        for (ModelField field : model.inputFields()) {
            columns.put(field.name(), type(field));
        }
        return columns;
    }

    private static ColumnType type(final ModelField field) {
        if (!"continuous".equals(field.opType())) {
            return ColumnType.STRING;
        }
        return switch (field.dataType().toLowerCase(Locale.ROOT)) {
            case "integer" -> ColumnType.INTEGER;
            case "float", "double" -> ColumnType.DOUBLE;
            case "boolean" -> ColumnType.BOOLEAN;
            default -> ColumnType.STRING;
        };
    }

    /** The prediction columns: the positive class is the one given, else {@code 1} when it is a class, else the last. */
    static PredictionColumns predictions(final PmmlModel model, final String positiveClass) {
        if (model.function() == ModelFunction.REGRESSION) {
            return PredictionColumns.regression();
        }
        List<String> classes = model.classLabels();
        if (positiveClass != null) {
            if (!classes.contains(positiveClass)) {
                throw new IllegalArgumentException(
                        "--positive-class '" + positiveClass + "' is not one of the model's classes " + classes);
            }
            return PredictionColumns.classification(positiveClass);
        }
        return PredictionColumns.classification(classes.contains("1") ? "1" : classes.get(classes.size() - 1));
    }
}
