package io.modelgate.server.model;

import io.modelgate.scoring.ModelField;
import io.modelgate.scoring.PmmlModel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores synthetic records with a freshly loaded model before it serves, so that the first real requests meet
 * filled caches and compiled code. Record {@code i} takes, for every input field, the {@code i}-th valid value of a
 * categorical field (cycling), {@code i % 10} for a numeric one and a missing value otherwise. A record the model
 * refuses as invalid is normal for made-up values and only counted; any other failure means the model cannot serve.
 */
public final class WarmUp {
    /** Records scored by default. */
    public static final int DEFAULT_RECORDS = 2_000;

    private WarmUp() {}

    /**
     * Warms a model up.
     *
     * @param model the model
     * @param records how many synthetic records to score
     * @return how many of them the model scored (the rest it refused as invalid)
     * @throws IllegalStateException when scoring fails for another reason than an invalid value
     */
    public static int run(final PmmlModel model, final int records) {
        List<ModelField> fields = model.inputFields();
        int scored = 0;
        for (int i = 0; i < records; i++) {
            try {
                model.score(record(fields, i));
                scored++;
            } catch (IllegalArgumentException refused) {
                // Made-up values may lie outside a field's valid range; the model said so cleanly.
            } catch (RuntimeException exception) {
                throw new IllegalStateException("The model fails on warm-up record " + i + ": " + exception, exception);
            }
        }
        return scored;
    }

    static Map<String, Object> record(final List<ModelField> fields, final int index) {
        Map<String, Object> record = new HashMap<>();
        for (ModelField field : fields) {
            record.put(field.name(), value(field, index));
        }
        return record;
    }

    private static Object value(final ModelField field, final int index) {
        if (!field.categories().isEmpty()) {
            return field.categories().get(index % field.categories().size());
        }
        return switch (field.dataType()) {
            case "integer" -> index % 10;
            case "float", "double" -> (double) (index % 10);
            case "boolean" -> index % 2 == 0;
            default -> null;
        };
    }
}
