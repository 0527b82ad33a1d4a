package io.modelgate.jenkins.library;

import groovy.lang.Binding;
import groovy.lang.Closure;
import groovy.lang.GroovyShell;
import groovy.lang.Script;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.codehaus.groovy.control.CompilerConfiguration;
import org.codehaus.groovy.control.customizers.ImportCustomizer;

/**
 * Runs a Jenkinsfile against the shared library with the Groovy Jenkins uses (2.4) and stubbed Jenkins steps, in the
 * spirit of JenkinsPipelineUnit: every {@code vars/*.groovy} is a global variable of the run, every step the scripts
 * call must be stubbed (an unstubbed step fails the run), and the run records each step call in order. It does not
 * run CPS or the sandbox; the JenkinsRule tests of modelgate-hpi do that where Jenkins is reachable.
 */
final class PipelineRun {
    /** The library's global variables. */
    static final Path LIBRARY = Path.of("../pipeline-library/vars");

    /** A step call as the run saw it: the step's name and its named (or single positional) arguments. */
    record Call(String step, Map<String, Object> arguments) {
        /** @return the argument, as text */
        String argument(final String name) {
            return String.valueOf(arguments.get(name));
        }
    }

    /** A stubbed step: gets the named arguments, the positional ones and the block, returns the step's value. */
    @FunctionalInterface
    interface Stub {
        Object call(Map<String, Object> named, List<Object> positional, Closure<?> body);
    }

    /** What the {@code error} step and a failing step throw: the Pipeline stops with this message. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Failure(final String message) {
            super(message);
        }
    }

    private final Binding binding = new Binding();
    private final GroovyShell shell;
    private final List<Call> calls = new ArrayList<>();
    final Map<String, Object> env = new HashMap<>();
    final Map<String, Object> params = new HashMap<>();
    final Build currentBuild = new Build();

    PipelineRun() {
        CompilerConfiguration configuration = new CompilerConfiguration();
        configuration.addCompilationCustomizers(new ImportCustomizer().addImport("Library", Library.class.getName()));
        shell = new GroovyShell(PipelineRun.class.getClassLoader(), binding, configuration);
        binding.setVariable("env", env);
        binding.setVariable("params", params);
        binding.setVariable("currentBuild", currentBuild);
        binding.setVariable("scm", "the checked-out repository");
        env.put("BUILD_NUMBER", "7");
        env.put("JOB_NAME", "credit-risk");
        for (String block : List.of("stage", "node", "timeout", "lock", "withCredentials", "withEnv", "dir")) {
            stub(block, (named, positional, body) -> body == null ? null : body.call());
        }
        for (String step : List.of(
                "checkout",
                "stash",
                "unstash",
                "archiveArtifacts",
                "junit",
                "milestone",
                "echo",
                "properties",
                "pipelineTriggers",
                "cron",
                "buildDiscarder",
                "logRotator",
                "parameters",
                "string",
                "file",
                "copyArtifacts",
                "lastSuccessful")) {
            stub(step, (named, positional, body) -> null);
        }
        stub("error", (named, positional, body) -> {
            throw new Failure(String.valueOf(positional.get(0)));
        });
        stub("fileExists", (named, positional, body) -> true);
        stub("sh", (named, positional, body) -> 0);
        try (Stream<Path> files = Files.list(LIBRARY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".groovy")).toList()) {
                String name = file.getFileName().toString().replace(".groovy", "");
                Script script = shell.parse(Files.readString(file, StandardCharsets.UTF_8), name + ".groovy");
                script.setBinding(binding);
                binding.setVariable(name, script);
            }
        } catch (IOException exception) {
            throw new java.io.UncheckedIOException(exception);
        }
    }

    /**
     * Stubs a step, replacing an earlier stub of it.
     *
     * @param step the step's name
     * @param stub what it does
     * @return this run
     */
    PipelineRun stub(final String step, final Stub stub) {
        binding.setVariable(step, new StepVariable(step, stub));
        return this;
    }

    /**
     * Stubs a step that takes named arguments and returns a value computed from them.
     *
     * @param step the step's name
     * @param result its value
     * @return this run
     */
    PipelineRun stub(final String step, final Function<Map<String, Object>, Object> result) {
        return stub(step, (named, positional, body) -> result.apply(named));
    }

    /**
     * Runs a Jenkinsfile.
     *
     * @param jenkinsfile the file
     * @return this run
     * @throws IOException when the file cannot be read
     */
    PipelineRun run(final Path jenkinsfile) throws IOException {
        shell.parse(Files.readString(jenkinsfile, StandardCharsets.UTF_8), "Jenkinsfile")
                .run();
        return this;
    }

    /**
     * Runs a Pipeline script given as text.
     *
     * @param script the script
     * @return this run
     */
    PipelineRun run(final String script) {
        shell.parse(script, "Jenkinsfile").run();
        return this;
    }

    /** @return every step call, in order */
    List<Call> calls() {
        return calls;
    }

    /** @return the names of the steps called, in order */
    List<String> steps() {
        return calls.stream().map(Call::step).toList();
    }

    /**
     * Lists the calls of one step.
     *
     * @param step the step's name
     * @return its calls, in order
     */
    List<Call> calls(final String step) {
        return calls.stream().filter(call -> call.step().equals(step)).toList();
    }

    /** A binding variable that Groovy calls like a step: {@code name(args)} becomes {@code call(args)}. */
    public final class StepVariable {
        private final String name;
        private final Stub stub;

        StepVariable(final String name, final Stub stub) {
            this.name = name;
            this.stub = stub;
        }

        /**
         * Runs the stub.
         *
         * @param arguments as Groovy passes them: a map of named arguments first, a block last
         * @return the stub's value
         */
        @SuppressWarnings("unchecked")
        public Object call(final Object... arguments) {
            Map<String, Object> named = new LinkedHashMap<>();
            List<Object> positional = new ArrayList<>();
            Closure<?> body = null;
            for (Object argument : arguments == null ? new Object[0] : arguments) {
                if (argument instanceof Map<?, ?> map && named.isEmpty() && positional.isEmpty()) {
                    named.putAll((Map<String, Object>) map);
                } else if (argument instanceof Closure<?> closure) {
                    body = closure;
                } else {
                    positional.add(argument);
                }
            }
            Map<String, Object> recorded = new LinkedHashMap<>(named);
            if (!positional.isEmpty()) {
                recorded.put("", positional.get(0));
            }
            calls.add(new Call(name, recorded));
            return stub.call(named, positional, body);
        }
    }

    /** The {@code currentBuild} global: the build's causes and result. */
    public static final class Build {
        private final Map<String, List<Map<String, Object>>> causes = new HashMap<>();
        private String result;
        private String description;

        /**
         * Adds a cause of the build.
         *
         * @param type the cause's class name, e.g. {@code hudson.triggers.TimerTrigger$TimerTriggerCause}
         * @param cause its fields, e.g. {@code userId}
         */
        void cause(final String type, final Map<String, Object> cause) {
            causes.computeIfAbsent(type, key -> new ArrayList<>()).add(cause);
        }

        /**
         * Lists the causes of a type, as workflow-support's RunWrapper does.
         *
         * @param type the cause's class name
         * @return the causes, each a map
         */
        public List<Map<String, Object>> getBuildCauses(final String type) {
            return causes.getOrDefault(type, List.of());
        }

        public String getResult() {
            return result;
        }

        public void setResult(final String value) {
            this.result = value;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(final String value) {
            this.description = value;
        }
    }
}
