package io.modelgate.scoring;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dmg.pmml.DataField;
import org.dmg.pmml.DataType;
import org.dmg.pmml.DerivedField;
import org.dmg.pmml.Field;
import org.dmg.pmml.LocalTransformations;
import org.dmg.pmml.MiningField;
import org.dmg.pmml.Model;
import org.dmg.pmml.OpType;
import org.dmg.pmml.OutlierTreatmentMethod;
import org.dmg.pmml.PMML;
import org.dmg.pmml.Value;
import org.dmg.pmml.mining.MiningModel;
import org.dmg.pmml.mining.Segment;
import org.jpmml.evaluator.InputField;
import org.jpmml.evaluator.ModelEvaluator;

/**
 * Compiles a loaded {@link PmmlModel} into a {@link CompiledModel}, or says which construct it does not implement.
 * It owns the row layout: the model's input fields first (in the model's order), then every derived field and chain
 * output as it is first referenced. Model parts are compiled by {@link PartCompiler}, expressions and predicates by
 * {@link ExpressionCompiler}. It reads jpmml's own class model of the PMML (after jpmml's load-time optimisations),
 * so the numbers it compiles are the ones jpmml evaluates.
 */
final class ModelCompiler {
    private final Map<String, FieldSlot> fields = new LinkedHashMap<>();
    private final Map<String, DerivedField> derived = new HashMap<>();
    private final Set<String> resolving = new HashSet<>();
    private SlotProgram program = new SlotProgram();
    private boolean derivedAllowed = true;

    private ModelCompiler() {}

    /**
     * Compiles a model.
     *
     * @param model the loaded model
     * @return the compiled form
     * @throws NotCompilableException when the model uses a construct the compiled engine does not implement
     */
    static CompiledModel compile(final PmmlModel model) throws NotCompilableException {
        if (!(model.evaluator() instanceof ModelEvaluator<?> evaluator)) {
            throw new NotCompilableException("an evaluator without a PMML class model");
        }
        ModelCompiler compiler = new ModelCompiler();
        List<InputField> inputs = evaluator.getInputFields();
        for (InputField input : inputs) {
            compiler.input(input);
        }
        PMML pmml = evaluator.getPMML();
        if (pmml.getTransformationDictionary() != null) {
            if (pmml.getTransformationDictionary().hasDefineFunctions()) {
                throw new NotCompilableException("user-defined functions (DefineFunction)");
            }
            compiler.collect(pmml.getTransformationDictionary().getDerivedFields());
        }
        Model top = evaluator.getModel();
        compiler.collect(top);
        SlotProgram program = compiler.program;
        CompiledPart part = new PartCompiler(compiler).model(top, model.classLabels());
        SlotType result = model.function() == ModelFunction.REGRESSION
                ? number(
                        model.targetField().dataType(),
                        "the target " + model.targetField().name())
                : SlotType.CATEGORY;
        return new CompiledModel(
                compiler.encoder(inputs.size()), compiler.fields.size(), program, part, model.classLabels(), result);
    }

    private void input(final InputField input) throws NotCompilableException {
        String name = input.getName();
        Field<?> field = input.getField();
        MiningField mining = input.getMiningField();
        if (mining != null && mining.getOutlierTreatment() != OutlierTreatmentMethod.AS_IS) {
            throw new NotCompilableException("outlier treatment of input field '" + name + "'");
        }
        if (field instanceof DataField data && data.hasIntervals()) {
            throw new NotCompilableException("valid intervals of input field '" + name + "'");
        }
        if (input.getOpType() == OpType.CONTINUOUS) {
            if (field instanceof DataField data && data.hasValues()) {
                throw new NotCompilableException("values declared on continuous input field '" + name + "'");
            }
            add(name, number(input.getDataType().value(), "input field '" + name + "'"), Map.of(), false);
        } else if (input.getOpType() == OpType.CATEGORICAL && input.getDataType() == DataType.STRING) {
            Map<String, Integer> categories = new HashMap<>();
            if (field instanceof DataField data) {
                for (Value value : data.getValues()) {
                    if (value.getProperty() != Value.Property.VALID) {
                        throw new NotCompilableException(
                                "an invalid or missing value declared on input field '" + name + "'");
                    }
                    categories.putIfAbsent(String.valueOf(value.requireValue()), categories.size());
                }
            }
            add(name, SlotType.CATEGORY, categories, !categories.isEmpty());
        } else {
            throw new NotCompilableException("the " + input.getOpType().value() + " "
                    + input.getDataType().value() + " input field '" + name + "'");
        }
    }

    static SlotType number(final String dataType, final String what) throws NotCompilableException {
        return switch (dataType) {
            case "double" -> SlotType.DOUBLE;
            case "float" -> SlotType.FLOAT;
            case "integer" -> SlotType.INTEGER;
            default -> throw new NotCompilableException(what + " of type " + dataType);
        };
    }

    private void collect(final Model model) throws NotCompilableException {
        collect(model.getLocalTransformations());
        if (model instanceof MiningModel mining && mining.getSegmentation() != null) {
            collect(mining.getSegmentation().getLocalTransformations());
            for (Segment segment : mining.getSegmentation().getSegments()) {
                collect(segment.requireModel());
            }
        }
    }

    private void collect(final LocalTransformations transformations) throws NotCompilableException {
        if (transformations != null) {
            collect(transformations.getDerivedFields());
        }
    }

    private void collect(final List<DerivedField> fieldsToAdd) throws NotCompilableException {
        for (DerivedField field : fieldsToAdd) {
            String name = field.requireName();
            if (fields.containsKey(name) || derived.putIfAbsent(name, field) != null) {
                throw new NotCompilableException("two definitions of the field '" + name + "'");
            }
        }
    }

    FieldSlot add(final String name, final SlotType type, final Map<String, Integer> categories, final boolean closed) {
        FieldSlot slot = new FieldSlot(name, fields.size(), type, categories, closed);
        fields.put(name, slot);
        return slot;
    }

    /**
     * Finds the slot of a field, compiling a derived field into the current program when first referenced.
     *
     * @param name the field name
     * @return its slot
     * @throws NotCompilableException for an unknown field or a derived field the engine cannot compute
     */
    FieldSlot resolve(final String name) throws NotCompilableException {
        FieldSlot slot = fields.get(name);
        if (slot != null) {
            return slot;
        }
        DerivedField field = derived.get(name);
        if (field == null || !derivedAllowed || !resolving.add(name)) {
            throw new NotCompilableException("a reference to the field '" + name + "' where it cannot be computed");
        }
        ExpressionCompiler.Typed expression = new ExpressionCompiler(this).expression(field.requireExpression());
        if (field.getOpType() != OpType.CONTINUOUS) {
            throw new NotCompilableException("the non-continuous derived field '" + name + "'");
        }
        SlotType type = number(field.requireDataType().value(), "the derived field '" + name + "'");
        if (type == SlotType.INTEGER && expression.type() != SlotType.INTEGER) {
            throw new NotCompilableException("a cast to integer in the derived field '" + name + "'");
        }
        resolving.remove(name);
        FieldSlot added = add(name, type, Map.of(), false);
        program.add(added.slot(), type, expression.expression());
        return added;
    }

    /**
     * Returns the index a categorical predicate or predictor compares with: the category's index in a closed field
     * (−2, which no row has, when the field does not list it), or a new index in an open field.
     */
    double category(final FieldSlot slot, final Object value) {
        String key = String.valueOf(value);
        Integer index = slot.categories().get(key);
        if (index == null && !slot.closed()) {
            index = slot.categories().size();
            slot.categories().put(key, index);
        }
        return index == null ? -2 : index;
    }

    /**
     * Compiles a node predicate.
     *
     * @param predicate the predicate
     * @return the test
     * @throws NotCompilableException for a predicate the engine does not implement
     */
    SplitTest predicate(final org.dmg.pmml.Predicate predicate) throws NotCompilableException {
        return new ExpressionCompiler(this).predicate(predicate);
    }

    /** Starts the derived-field program of the next chain segment and returns it. */
    SlotProgram nextProgram() {
        program = new SlotProgram();
        return program;
    }

    /** While chain outputs are compiled, derived fields cannot be computed (they would run before the outputs). */
    void allowDerived(final boolean allowed) {
        derivedAllowed = allowed;
    }

    private InputEncoder encoder(final int inputs) {
        List<FieldSlot> slots = new ArrayList<>(fields.values()).subList(0, inputs);
        SlotType[] types = slots.stream().map(FieldSlot::type).toArray(SlotType[]::new);
        boolean[] closed = new boolean[inputs];
        List<Map<String, Integer>> categories = new ArrayList<>();
        for (int i = 0; i < inputs; i++) {
            closed[i] = slots.get(i).closed();
            categories.add(
                    slots.get(i).type() == SlotType.CATEGORY ? slots.get(i).categories() : null);
        }
        return new InputEncoder(types, categories, closed);
    }
}
