package io.modelgate.scoring;

import java.util.List;
import org.dmg.pmml.Apply;
import org.dmg.pmml.Constant;
import org.dmg.pmml.DataType;
import org.dmg.pmml.Expression;
import org.dmg.pmml.False;
import org.dmg.pmml.FieldRef;
import org.dmg.pmml.InvalidValueTreatmentMethod;
import org.dmg.pmml.Predicate;
import org.dmg.pmml.SimplePredicate;
import org.dmg.pmml.SimpleSetPredicate;
import org.dmg.pmml.True;
import org.jpmml.evaluator.ArrayUtil;

/**
 * Compiles the PMML expressions and predicates the compiled engine implements, with jpmml's typing: a field
 * reference has its field's type; a constant its declared type (or integer/double from its text); {@code + - * /}
 * of two numbers are computed in double and cast to their common type (float only when both are float; integer
 * arithmetic is not compiled); {@code exp} is double. Predicates: {@code True}, {@code False}, simple comparisons of
 * numbers with a threshold parsed in the field's type, equality of categories, {@code isIn}/{@code isNotIn} over at
 * most 63 categories. Missing values never reach compiled code, so {@code isMissing} is false and
 * {@code isNotMissing} true. Anything else raises {@link NotCompilableException}.
 */
final class ExpressionCompiler {
    private static final int MAXIMUM_SET_CATEGORIES = 63;

    private final ModelCompiler compiler;

    ExpressionCompiler(final ModelCompiler compiler) {
        this.compiler = compiler;
    }

    /**
     * A compiled expression with its result type.
     *
     * @param expression the code
     * @param type the type jpmml gives the result
     */
    record Typed(SlotExpression expression, SlotType type) {}

    Typed expression(final Expression expression) throws NotCompilableException {
        if (expression instanceof FieldRef reference) {
            if (reference.getMapMissingTo() != null) {
                throw new NotCompilableException("a FieldRef with mapMissingTo");
            }
            FieldSlot field = compiler.resolve(reference.requireField());
            if (!field.type().isNumber()) {
                throw new NotCompilableException("an expression over the categorical field '" + field.name() + "'");
            }
            int slot = field.slot();
            return new Typed((slots, base) -> slots[base + slot], field.type());
        }
        if (expression instanceof Constant constant) {
            return constant(constant);
        }
        if (expression instanceof Apply apply) {
            return apply(apply);
        }
        throw new NotCompilableException(
                "the expression " + expression.getClass().getSimpleName());
    }

    private static Typed constant(final Constant constant) throws NotCompilableException {
        Object value = constant.getValue();
        if (value == null || constant.isMissing()) {
            throw new NotCompilableException("a missing Constant");
        }
        String text = String.valueOf(value);
        DataType dataType = constant.getDataType();
        SlotType type = dataType != null
                ? ModelCompiler.number(dataType.value(), "a Constant")
                : text.matches("[+-]?\\d{1,9}") ? SlotType.INTEGER : SlotType.DOUBLE;
        double number;
        try {
            number = value instanceof Number n
                    ? n.doubleValue()
                    : type == SlotType.FLOAT ? Float.parseFloat(text) : Double.parseDouble(text);
        } catch (NumberFormatException exception) {
            throw new NotCompilableException("the Constant '" + text + "'");
        }
        if (type == SlotType.INTEGER && number != Math.rint(number)) {
            throw new NotCompilableException("the integer Constant '" + text + "'");
        }
        double cast = type.cast(number);
        return new Typed((slots, base) -> cast, type);
    }

    private Typed apply(final Apply apply) throws NotCompilableException {
        if (apply.getMapMissingTo() != null
                || apply.getDefaultValue() != null
                || apply.getInvalidValueTreatment() != InvalidValueTreatmentMethod.RETURN_INVALID) {
            throw new NotCompilableException("an Apply with mapMissingTo, defaultValue or invalidValueTreatment");
        }
        String function = apply.requireFunction();
        List<Expression> arguments = apply.getExpressions();
        if ("exp".equals(function) && arguments.size() == 1) {
            SlotExpression argument = expression(arguments.get(0)).expression();
            return new Typed((slots, base) -> Math.exp(argument.evaluate(slots, base)), SlotType.DOUBLE);
        }
        if (!List.of("+", "-", "*", "/").contains(function) || arguments.size() != 2) {
            throw new NotCompilableException("the function '" + function + "' with " + arguments.size() + " arguments");
        }
        Typed left = expression(arguments.get(0));
        Typed right = expression(arguments.get(1));
        if (left.type() == SlotType.INTEGER && right.type() == SlotType.INTEGER) {
            throw new NotCompilableException("integer arithmetic ('" + function + "' of two integers)");
        }
        SlotType type =
                left.type() == SlotType.DOUBLE || right.type() == SlotType.DOUBLE ? SlotType.DOUBLE : SlotType.FLOAT;
        SlotExpression a = left.expression();
        SlotExpression b = right.expression();
        SlotExpression code =
                switch (function) {
                    case "+" -> (slots, base) -> type.cast(a.evaluate(slots, base) + b.evaluate(slots, base));
                    case "-" -> (slots, base) -> type.cast(a.evaluate(slots, base) - b.evaluate(slots, base));
                    case "*" -> (slots, base) -> type.cast(a.evaluate(slots, base) * b.evaluate(slots, base));
                    default -> (slots, base) -> type.cast(a.evaluate(slots, base) / b.evaluate(slots, base));
                };
        return new Typed(code, type);
    }

    SplitTest predicate(final Predicate predicate) throws NotCompilableException {
        if (predicate instanceof True) {
            return SplitTest.TRUE;
        }
        if (predicate instanceof False) {
            return SplitTest.FALSE;
        }
        if (predicate instanceof SimplePredicate simple) {
            return simple(simple);
        }
        if (predicate instanceof SimpleSetPredicate set) {
            return set(set);
        }
        throw new NotCompilableException("the predicate " + predicate.getClass().getSimpleName());
    }

    private SplitTest simple(final SimplePredicate predicate) throws NotCompilableException {
        FieldSlot field = compiler.resolve(predicate.requireField());
        SimplePredicate.Operator operator = predicate.requireOperator();
        switch (operator) {
            case IS_MISSING:
                return SplitTest.FALSE;
            case IS_NOT_MISSING:
                return SplitTest.TRUE;
            default:
                break;
        }
        if (field.type() == SlotType.CATEGORY) {
            double index = compiler.category(field, predicate.requireValue());
            return switch (operator) {
                case EQUAL -> test(field, FlatTree.EQUAL, index, false);
                case NOT_EQUAL -> test(field, FlatTree.EQUAL, index, true);
                default ->
                    throw new NotCompilableException(
                            "the operator " + operator.value() + " on the categorical field '" + field.name() + "'");
            };
        }
        double threshold = threshold(predicate.requireValue(), field);
        return switch (operator) {
            case LESS_OR_EQUAL -> test(field, FlatTree.LESS_OR_EQUAL, threshold, false);
            case LESS_THAN -> test(field, FlatTree.LESS_THAN, threshold, false);
            case GREATER_THAN -> test(field, FlatTree.LESS_OR_EQUAL, threshold, true);
            case GREATER_OR_EQUAL -> test(field, FlatTree.LESS_THAN, threshold, true);
            case EQUAL -> test(field, FlatTree.EQUAL, threshold, false);
            case NOT_EQUAL -> test(field, FlatTree.EQUAL, threshold, true);
            default -> throw new NotCompilableException("the operator " + operator.value());
        };
    }

    private static SplitTest test(final FieldSlot field, final byte operator, final double value, final boolean not) {
        return new SplitTest(SplitTest.TEST, field.slot(), operator, value, 0L, not);
    }

    private static double threshold(final Object value, final FieldSlot field) throws NotCompilableException {
        double number;
        if (value instanceof Number n) {
            number = field.type() == SlotType.FLOAT ? n.floatValue() : n.doubleValue();
        } else {
            String text = String.valueOf(value);
            try {
                number = field.type() == SlotType.FLOAT ? Float.parseFloat(text) : Double.parseDouble(text);
            } catch (NumberFormatException exception) {
                throw new NotCompilableException("the threshold '" + text + "' of field '" + field.name() + "'");
            }
        }
        if (field.type() == SlotType.INTEGER && number != Math.rint(number)) {
            throw new NotCompilableException("a fractional threshold on the integer field '" + field.name() + "'");
        }
        return number + 0d;
    }

    private SplitTest set(final SimpleSetPredicate predicate) throws NotCompilableException {
        FieldSlot field = compiler.resolve(predicate.requireField());
        if (field.type() != SlotType.CATEGORY) {
            throw new NotCompilableException("a set predicate on the non-categorical field '" + field.name() + "'");
        }
        long bits = 0;
        for (Object value : ArrayUtil.getContent(predicate.requireArray())) {
            double index = compiler.category(field, value);
            if (index >= MAXIMUM_SET_CATEGORIES) {
                throw new NotCompilableException("a set predicate over more than 63 categories");
            }
            bits |= index >= 0 ? 1L << (int) index : 0L;
        }
        boolean not = predicate.requireBooleanOperator() == SimpleSetPredicate.BooleanOperator.IS_NOT_IN;
        return new SplitTest(SplitTest.TEST, field.slot(), FlatTree.IN_SET, 0, bits, not);
    }
}
