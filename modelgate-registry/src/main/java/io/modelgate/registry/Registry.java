package io.modelgate.registry;

import io.modelgate.audit.AuditTrail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The model registry: registers versions with their bundle stored by SHA-256, moves aliases by compare-and-set,
 * rolls an alias back, resolves {@code models:/} references to the stored files and verifies its hash chain. Every
 * change is also recorded in the audit trail (by default next to the database; see {@link RegistryLocation}). Safe
 * for use by many threads; close it to release its database connections.
 */
public final class Registry implements AutoCloseable {
    private final Database database;
    private final BlobStore blobs;
    private final VersionStore versions;
    private final AliasStore aliases;
    private final AuditTrail trail;

    private Registry(final Database database, final BlobStore blobs, final AuditTrail trail) {
        this.database = database;
        this.blobs = blobs;
        this.versions = new VersionStore(database);
        this.aliases = new AliasStore(database);
        this.trail = trail;
    }

    /**
     * Opens a registry, creating or migrating its schema.
     *
     * @param location where it lives
     * @return the registry, recording its changes in {@code location.trail()}
     * @throws RegistryException when the database does not answer or its schema cannot be brought up to date
     */
    public static Registry open(final RegistryLocation location) {
        Database database = Database.connect(location);
        Migrations.migrate(database);
        FileBlobStore files = new FileBlobStore(location.blobs());
        BlobStore blobs = location.dialect() == Dialect.SQLITE ? files : new DatabaseBlobStore(database, files);
        return new Registry(database, blobs, new AuditTrail(location.trail()));
    }

    /**
     * Returns this registry recording its changes in another trail, e.g. one that signs its entries.
     *
     * @param auditTrail the trail, or {@code null} to record nothing
     * @return a registry on the same database
     */
    public Registry withAuditTrail(final AuditTrail auditTrail) {
        return new Registry(database, blobs, auditTrail);
    }

    /** @return where the registry lives */
    public RegistryLocation location() {
        return database.location();
    }

    /** @return the trail that records the changes, empty when none does */
    public Optional<AuditTrail> auditTrail() {
        return Optional.ofNullable(trail);
    }

    /**
     * Registers a version: stores the file (and a bundle's model) by SHA-256 and records its digests.
     *
     * @param registration what to register
     * @return the version registered
     * @throws IOException when a file cannot be read or stored
     * @throws RegistryException when the version exists already
     */
    public ModelVersion register(final Registration registration) throws IOException {
        Path file = registration.file();
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        Path scratch = Files.createTempDirectory("modelgate-register");
        try {
            Path pmml = ModelFiles.pmml(file, scratch);
            String modelSha256 = ModelFiles.hash(pmml);
            Map<String, String> metadata = new TreeMap<>(registration.labels());
            metadata.put("size", String.valueOf(Files.size(file)));
            if (!pmml.equals(file)) {
                metadata.put("modelFile", blobs.put(pmml));
            }
            ModelVersion version = new ModelVersion(
                    registration.model(),
                    registration.version(),
                    file.getFileName().toString(),
                    blobs.put(file),
                    modelSha256,
                    metadata,
                    EvidenceDigests.of(registration.evidence()),
                    registration.actor(),
                    Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
            versions.insert(version);
            record();
            return version;
        } finally {
            try (Stream<Path> files = Files.walk(scratch)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(path -> path.toFile().delete());
            }
        }
    }

    /**
     * Points an alias at a version if it still points where the mover expects.
     *
     * @param move the move
     * @return the transition recorded
     * @throws ConflictException when the alias points elsewhere: nothing was changed
     * @throws RegistryException when the model or version is unknown, or the alias already points there
     */
    public Transition moveAlias(final AliasMove move) {
        Transition transition = aliases.move(move);
        record();
        return transition;
    }

    /**
     * Points an alias back at the version it pointed to before its current version was promoted.
     *
     * @param model the model
     * @param alias the alias, usually {@code champion}
     * @param actor who
     * @param reason why
     * @return the transition recorded, of kind {@link Transition#ROLLBACK}
     * @throws RegistryException when there is no earlier version
     */
    public Transition rollback(final String model, final String alias, final String actor, final String reason) {
        Transition transition = aliases.rollback(model, alias, actor, reason);
        record();
        return transition;
    }

    /** @return the names of every model, sorted */
    public List<String> models() {
        return versions.models();
    }

    /**
     * Checks that a model is registered.
     *
     * @param model the model
     * @return the model
     * @throws RegistryException when it is not
     */
    public String requireModel(final String model) {
        if (!models().contains(model)) {
            throw new RegistryException("no model " + model + " in the registry "
                    + location().display() + " (models: " + String.join(", ", models()) + ")");
        }
        return model;
    }

    /**
     * Lists a model's versions.
     *
     * @param model the model
     * @return its versions, oldest first
     */
    public List<ModelVersion> versions(final String model) {
        return versions.versions(model);
    }

    /**
     * Finds one version.
     *
     * @param model the model
     * @param version the version
     * @return the version, if registered
     */
    public Optional<ModelVersion> version(final String model, final String version) {
        return versions.find(model, version);
    }

    /**
     * Lists a model's aliases.
     *
     * @param model the model
     * @return alias to version, sorted by alias
     */
    public Map<String, String> aliases(final String model) {
        return aliases.aliases(model);
    }

    /**
     * Lists the transitions of a model's aliases.
     *
     * @param model the model
     * @return its transitions, oldest first
     */
    public List<Transition> history(final String model) {
        return aliases.history(model);
    }

    /** @return every transition of the registry, oldest first */
    public List<Transition> transitions() {
        return aliases.all();
    }

    /**
     * Resolves a reference to the stored files, checked against their digests.
     *
     * @param reference e.g. {@code models:/credit-risk@champion}
     * @return the version and its files
     * @throws RegistryException when the model, alias or version is unknown
     * @throws IOException when a stored file is missing or corrupt
     */
    public ResolvedModel resolve(final ModelReference reference) throws IOException {
        ModelVersion version = find(reference);
        Path file = blobs.get(version.bundleSha256());
        String modelFile = version.metadata().get("modelFile");
        return new ResolvedModel(reference, version, file, modelFile == null ? file : blobs.get(modelFile));
    }

    /**
     * Verifies the registry: the transitions' hash chain, that every alias points where its last transition moved
     * it, that transitions carry their versions' digests, and that every stored file matches its digest.
     *
     * @return one sentence per problem, empty when all is well
     */
    public List<String> verify() {
        return RegistryCheck.problems(versions.all(), aliases, blobs, this::aliases);
    }

    /**
     * Holds the registry against an audit trail's entries.
     *
     * @param auditTrail the trail
     * @return the entries that do not match the registry, and the changes not recorded yet
     * @throws IOException when the trail cannot be read
     */
    public TrailComparison compareWith(final AuditTrail auditTrail) throws IOException {
        return RegistryAudit.compare(auditTrail.entries(), versions.all(), aliases.all());
    }

    private ModelVersion find(final ModelReference reference) {
        if (!models().contains(reference.model())) {
            throw new RegistryException(reference + ": no model " + reference.model() + " in the registry "
                    + location().display());
        }
        if (reference.isAlias()) {
            String version = aliases(reference.model()).get(reference.alias());
            if (version == null) {
                throw new RegistryException(reference + ": " + reference.model() + " has no alias " + reference.alias()
                        + " (aliases: " + aliases(reference.model()).keySet() + ")");
            }
            return versions.find(reference.model(), version).orElseThrow();
        }
        return versions.find(reference.model(), reference.version())
                .orElseThrow(() -> new RegistryException(
                        reference + ": " + reference.model() + " has no version " + reference.version()));
    }

    /** Closes the connections the registry keeps for reuse; a closed registry can still be used (it reconnects). */
    @Override
    public void close() {
        database.close();
    }

    private void record() {
        if (trail == null) {
            return;
        }
        try {
            RegistryAudit.record(trail, versions, aliases);
        } catch (IOException exception) {
            throw new UncheckedIOException(
                    "the registry changed but its audit trail " + trail.file() + " could not be written; the next"
                            + " change records it: " + exception.getMessage(),
                    exception);
        }
    }
}
