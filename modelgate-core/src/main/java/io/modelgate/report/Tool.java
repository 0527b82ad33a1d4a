package io.modelgate.report;

/**
 * The program that made a piece of evidence.
 *
 * @param name always {@code modelgate}
 * @param version the program's version
 */
public record Tool(String name, String version) {
    /** This build of ModelGate. */
    public static final Tool MODELGATE = new Tool("modelgate", implementationVersion());

    private static String implementationVersion() {
        String version = Tool.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
