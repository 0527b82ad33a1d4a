package io.modelgate.jenkins.library;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.codehaus.groovy.ast.ClassNode;
import org.codehaus.groovy.ast.CodeVisitorSupport;
import org.codehaus.groovy.ast.MethodNode;
import org.codehaus.groovy.ast.ModuleNode;
import org.codehaus.groovy.ast.Parameter;
import org.codehaus.groovy.ast.expr.ArgumentListExpression;
import org.codehaus.groovy.ast.expr.ClosureExpression;
import org.codehaus.groovy.ast.expr.DeclarationExpression;
import org.codehaus.groovy.ast.expr.Expression;
import org.codehaus.groovy.ast.expr.MapEntryExpression;
import org.codehaus.groovy.ast.expr.MapExpression;
import org.codehaus.groovy.ast.expr.MethodCallExpression;
import org.codehaus.groovy.ast.expr.TupleExpression;
import org.codehaus.groovy.ast.expr.VariableExpression;
import org.codehaus.groovy.control.CompilationUnit;
import org.codehaus.groovy.control.Phases;

/**
 * A Pipeline script (a Jenkinsfile or a shared library's {@code vars/*.groovy}) parsed by the Groovy that Jenkins
 * runs Pipelines with: the calls it makes (steps and global variables), with their named arguments and lines, the
 * calls on other global variables, and the names it declares itself.
 */
final class PipelineScripts {
    /** A call without a receiver, such as a step: {@code mlValidateData(data: 'x')}. */
    record Call(String name, List<String> namedArguments, int line) {}

    /** A call on a global variable: {@code modelgateStage.evidence(config)}. */
    record VariableCall(String variable, String method, int line) {}

    private final List<Call> calls = new ArrayList<>();
    private final List<VariableCall> variableCalls = new ArrayList<>();
    private final Set<String> declared = new HashSet<>();
    private final Set<String> methods = new HashSet<>();

    private PipelineScripts() {}

    /**
     * Parses a script to its syntax tree, as far as Groovy's conversion phase: no class is resolved, so steps and
     * the {@code @Library} annotation need not be on the class path, but any syntax error fails.
     *
     * @param name the script's name, for messages
     * @param text the script
     * @return what it calls and declares
     */
    static PipelineScripts parse(final String name, final String text) {
        CompilationUnit unit = new CompilationUnit();
        unit.addSource(name, text);
        unit.compile(Phases.CONVERSION);
        PipelineScripts script = new PipelineScripts();
        Visitor visitor = script.new Visitor();
        for (ModuleNode module : unit.getAST().getModules()) {
            module.getStatementBlock().visit(visitor);
            for (ClassNode type : module.getClasses()) {
                for (MethodNode method : type.getMethods()) {
                    if (method.getLineNumber() < 1) {
                        continue; // main and run, which Groovy generates for the script itself
                    }
                    script.methods.add(method.getName());
                    script.declare(method.getParameters());
                    if (method.getCode() != null) {
                        method.getCode().visit(visitor);
                    }
                }
            }
        }
        return script;
    }

    List<Call> calls() {
        return calls;
    }

    List<VariableCall> variableCalls() {
        return variableCalls;
    }

    /** @return the methods the script defines, such as {@code call} */
    Set<String> methods() {
        return methods;
    }

    /** @return the variables and parameters it declares (a closure parameter such as {@code body} is called too) */
    Set<String> declared() {
        return declared;
    }

    private void declare(final Parameter[] parameters) {
        for (Parameter parameter : parameters) {
            declared.add(parameter.getName());
        }
    }

    /** Collects calls and declarations from every statement and expression. */
    private final class Visitor extends CodeVisitorSupport {
        @Override
        public void visitMethodCallExpression(final MethodCallExpression call) {
            if (call.isImplicitThis()) {
                calls.add(
                        new Call(call.getMethodAsString(), namedArguments(call.getArguments()), call.getLineNumber()));
            } else if (call.getObjectExpression() instanceof VariableExpression variable
                    && !"this".equals(variable.getName())) {
                variableCalls.add(new VariableCall(variable.getName(), call.getMethodAsString(), call.getLineNumber()));
            }
            super.visitMethodCallExpression(call);
        }

        @Override
        public void visitDeclarationExpression(final DeclarationExpression expression) {
            if (expression.getLeftExpression() instanceof VariableExpression variable) {
                declared.add(variable.getName());
            }
            super.visitDeclarationExpression(expression);
        }

        @Override
        public void visitClosureExpression(final ClosureExpression closure) {
            if (closure.getParameters() != null) {
                declare(closure.getParameters());
            }
            super.visitClosureExpression(closure);
        }

        private List<String> namedArguments(final Expression arguments) {
            Map<String, Boolean> names = new LinkedHashMap<>();
            if (arguments instanceof TupleExpression tuple && !(arguments instanceof ArgumentListExpression)) {
                for (Expression element : tuple.getExpressions()) {
                    if (element instanceof MapExpression map) {
                        for (MapEntryExpression entry : map.getMapEntryExpressions()) {
                            names.put(entry.getKeyExpression().getText(), true);
                        }
                    }
                }
            }
            if (arguments instanceof ArgumentListExpression list) {
                for (Expression element : list.getExpressions()) {
                    if (element instanceof MapExpression map) {
                        for (MapEntryExpression entry : map.getMapEntryExpressions()) {
                            names.put(entry.getKeyExpression().getText(), true);
                        }
                    }
                }
            }
            return List.copyOf(names.keySet());
        }
    }
}
