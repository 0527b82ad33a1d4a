package io.modelgate.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dmg.pmml.InvalidValueTreatmentMethod;
import org.dmg.pmml.MiningField;
import org.dmg.pmml.MiningFunction;
import org.dmg.pmml.Model;
import org.dmg.pmml.OpType;
import org.dmg.pmml.OutlierTreatmentMethod;
import org.dmg.pmml.Output;
import org.dmg.pmml.OutputField;
import org.dmg.pmml.True;
import org.dmg.pmml.mining.MiningModel;
import org.dmg.pmml.mining.Segment;
import org.dmg.pmml.mining.Segmentation;
import org.dmg.pmml.regression.RegressionModel;
import org.dmg.pmml.tree.TreeModel;

/**
 * Compiles the model elements the compiled engine implements: a {@code TreeModel}; a {@code MiningModel} whose
 * segments (all with {@code <True/>} predicates) are trees combined by {@code average} or {@code sum}, or models
 * chained by {@code modelChain}; a {@code RegressionModel}. Everything else, including {@code majorityVote},
 * weighted and median aggregations, {@code selectFirst} and nested ensembles inside an average, is refused.
 */
final class PartCompiler {
    private final ModelCompiler compiler;

    PartCompiler(final ModelCompiler compiler) {
        this.compiler = compiler;
    }

    CompiledPart model(final Model model, final List<String> classes) throws NotCompilableException {
        checkSchema(model);
        boolean classification = model.requireMiningFunction() == MiningFunction.CLASSIFICATION;
        if (classification == classes.isEmpty()
                || !classification && model.requireMiningFunction() != MiningFunction.REGRESSION) {
            throw new NotCompilableException(
                    "a " + model.requireMiningFunction().value() + " model where a "
                            + (classes.isEmpty() ? "regression" : "classification") + " is expected");
        }
        if (model instanceof TreeModel tree) {
            return tree(tree, classes);
        }
        if (model instanceof MiningModel mining) {
            return mining(mining, classes);
        }
        if (model instanceof RegressionModel regression) {
            return new RegressionCompiler(compiler).compile(regression, classes);
        }
        throw new NotCompilableException("the model element " + model.getClass().getSimpleName());
    }

    private static void checkSchema(final Model model) throws NotCompilableException {
        for (MiningField field : model.requireMiningSchema().getMiningFields()) {
            if (field.getOutlierTreatment() != OutlierTreatmentMethod.AS_IS
                    || field.getInvalidValueTreatment() != InvalidValueTreatmentMethod.RETURN_INVALID) {
                throw new NotCompilableException(
                        "outlier or invalid-value treatment of the mining field '" + field.requireName() + "'");
            }
            switch (field.getUsageType()) {
                case ACTIVE, TARGET, PREDICTED -> {
                    // read or predicted as usual
                }
                default ->
                    throw new NotCompilableException(
                            "the usage type " + field.getUsageType().value() + " of '" + field.requireName() + "'");
            }
        }
    }

    private TreeEnsemble tree(final TreeModel tree, final List<String> classes) throws NotCompilableException {
        Arithmetic math = Arithmetic.of(tree.getMathContext());
        LeafValues leaves = new LeafValues(classes, math, true);
        FlatTree flat = TreeCompiler.compile(tree, compiler, leaves);
        return new TreeEnsemble(
                new FlatTree[] {flat},
                new double[][] {leaves.values()},
                new int[][] {leaves.labels()},
                leaves.width(),
                TreeEnsemble.Method.SINGLE,
                math,
                TargetRescale.NONE,
                tieOrder(leaves.order(), classes));
    }

    private CompiledPart mining(final MiningModel mining, final List<String> classes) throws NotCompilableException {
        Segmentation segmentation = mining.requireSegmentation();
        List<Segment> segments = segmentation.requireSegments();
        for (Segment segment : segments) {
            if (!(segment.requirePredicate() instanceof True)) {
                throw new NotCompilableException("a segment whose predicate is not <True/>");
            }
        }
        Segmentation.MultipleModelMethod method = segmentation.requireMultipleModelMethod();
        return switch (method) {
            case AVERAGE -> ensemble(mining, segments, classes, TreeEnsemble.Method.AVERAGE);
            case SUM -> {
                if (!classes.isEmpty()) {
                    throw new NotCompilableException("a classification ensemble that sums its segments");
                }
                yield ensemble(mining, segments, classes, TreeEnsemble.Method.SUM);
            }
            case MODEL_CHAIN -> chain(segments, classes);
            default -> throw new NotCompilableException("the multipleModelMethod " + method.value());
        };
    }

    private TreeEnsemble ensemble(
            final MiningModel mining,
            final List<Segment> segments,
            final List<String> classes,
            final TreeEnsemble.Method method)
            throws NotCompilableException {
        Arithmetic math = Arithmetic.of(mining.getMathContext());
        FlatTree[] trees = new FlatTree[segments.size()];
        double[][] values = new double[trees.length][];
        int[][] labels = new int[trees.length][];
        List<String> order = null;
        for (int t = 0; t < trees.length; t++) {
            if (!(segments.get(t).requireModel() instanceof TreeModel tree)
                    || tree.requireMiningFunction() != mining.requireMiningFunction()) {
                throw new NotCompilableException("an ensemble segment that is not a tree of the same function");
            }
            checkSchema(tree);
            LeafValues leaves = new LeafValues(classes, Arithmetic.of(tree.getMathContext()), false);
            trees[t] = TreeCompiler.compile(tree, compiler, leaves);
            values[t] = leaves.values();
            labels[t] = leaves.labels();
            if (order != null && !order.equals(leaves.order())) {
                throw new NotCompilableException("trees that list their classes in different orders");
            }
            order = leaves.order();
        }
        if (!classes.isEmpty()
                && mining.getTargets() != null
                && mining.getTargets().hasTargets()) {
            throw new NotCompilableException("Targets on a classification ensemble");
        }
        TargetRescale rescale = classes.isEmpty() ? TargetRescale.of(mining.getTargets(), math) : TargetRescale.NONE;
        return new TreeEnsemble(
                trees,
                values,
                labels,
                classes.isEmpty() ? 1 : classes.size(),
                method,
                math,
                rescale,
                tieOrder(order == null ? List.of() : order, classes));
    }

    private ModelChain chain(final List<Segment> segments, final List<String> classes) throws NotCompilableException {
        List<ModelChain.Link> links = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            boolean last = i == segments.size() - 1;
            SlotProgram program = compiler.nextProgram();
            Model model = segments.get(i).requireModel();
            CompiledPart part = model(model, last ? classes : List.of());
            links.add(new ModelChain.Link(program, part, last ? List.of() : outputs(model)));
        }
        return new ModelChain(links);
    }

    private List<ChainOutput> outputs(final Model model) throws NotCompilableException {
        Output output = model.getOutput();
        if (output == null || !output.hasOutputFields()) {
            throw new NotCompilableException("a chained segment without output fields");
        }
        List<ChainOutput> outputs = new ArrayList<>();
        compiler.allowDerived(false);
        try {
            for (OutputField field : output.getOutputFields()) {
                String name = field.requireName();
                SlotType type =
                        ModelCompiler.number(field.requireDataType().value(), "the output field '" + name + "'");
                if (field.requireOpType() != OpType.CONTINUOUS) {
                    throw new NotCompilableException("the non-continuous output field '" + name + "'");
                }
                SlotExpression expression =
                        switch (field.getResultFeature()) {
                            case PREDICTED_VALUE -> null;
                            case TRANSFORMED_VALUE ->
                                new ExpressionCompiler(compiler)
                                        .expression(field.requireExpression())
                                        .expression();
                            default ->
                                throw new NotCompilableException("the output feature "
                                        + field.getResultFeature().value() + " of '" + name + "'");
                        };
                FieldSlot slot = compiler.add(name, type, Map.of(), false);
                outputs.add(new ChainOutput(slot.slot(), type, expression));
            }
        } finally {
            compiler.allowDerived(true);
        }
        return outputs;
    }

    static int[] tieOrder(final List<String> order, final List<String> classes) {
        return order.stream().mapToInt(classes::indexOf).toArray();
    }
}
