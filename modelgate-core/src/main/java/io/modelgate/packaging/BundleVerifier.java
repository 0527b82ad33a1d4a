package io.modelgate.packaging;

import com.fasterxml.jackson.databind.JsonNode;
import io.modelgate.report.Digests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Verifies a bundle before anything in it is used: exactly the expected entries, a signature by the given key over
 * the provenance statement, and every entry's SHA-256 equal to the statement's. The first problem throws a
 * {@link BundleException} that names the entry.
 */
public final class BundleVerifier {
    private BundleVerifier() {}

    /**
     * Reads and verifies a bundle.
     *
     * @param bundle the zip
     * @param key the public key the bundle must be signed with
     * @return the verified entries by name
     * @throws BundleException when the bundle is hostile, incomplete, unsigned, signed by another key or changed
     * @throws IOException when it cannot be read
     */
    public static Map<String, byte[]> verify(final Path bundle, final PublicKey key) throws IOException {
        return verify(Files.readAllBytes(bundle), bundle.toString(), key);
    }

    /**
     * Verifies a bundle held in memory, so that what was verified is exactly what is used and hashed.
     *
     * @param zip the bundle's bytes
     * @param bundle what messages call the bundle (its file name)
     * @param key the public key the bundle must be signed with
     * @return the verified entries by name
     * @throws BundleException when the bundle is hostile, incomplete, unsigned, signed by another key or changed
     */
    public static Map<String, byte[]> verify(final byte[] zip, final String bundle, final PublicKey key)
            throws BundleException {
        Map<String, byte[]> entries = SafeZip.read(zip, bundle);
        Set<String> expected = new TreeSet<>(BundleLayout.ENTRIES);
        for (String name : entries.keySet()) {
            if (!expected.contains(name)) {
                throw new BundleException(bundle + ": unexpected entry " + name + " (not covered by the signature)");
            }
        }
        if (!entries.containsKey(BundleLayout.SIGNATURE)) {
            throw new BundleException(bundle + ": the bundle is not signed (no " + BundleLayout.SIGNATURE + ")");
        }
        for (String name : expected) {
            if (!entries.containsKey(name)) {
                throw new BundleException(bundle + ": the entry " + name + " is missing");
            }
        }
        byte[] statement = entries.get(BundleLayout.PROVENANCE);
        JsonNode signature = json(bundle, entries, BundleLayout.SIGNATURE);
        if (!Keys.id(key).equals(signature.path("keyId").asText())) {
            throw new BundleException(bundle + ": " + BundleLayout.SIGNATURE + " names key "
                    + signature.path("keyId").asText() + ", not the given key " + Keys.id(key));
        }
        if (!Signatures.verify(statement, signature, key)) {
            throw new BundleException(bundle + ": the signature does not match " + BundleLayout.PROVENANCE
                    + " (the statement was changed, or signed by another key)");
        }
        JsonNode subjects = json(bundle, entries, BundleLayout.PROVENANCE).path("subject");
        for (JsonNode subject : subjects) {
            String name = subject.path("name").asText();
            byte[] bytes = entries.get(name);
            if (bytes == null
                    || !Digests.sha256(bytes)
                            .equals(subject.path("digest").path("sha256").asText())) {
                throw new BundleException(bundle + ": the entry " + name + " was changed after signing (its SHA-256"
                        + " differs from the signed statement's)");
            }
        }
        if (subjects.size() != BundleLayout.SUBJECTS.size()) {
            throw new BundleException(bundle + ": the signed statement covers " + subjects.size() + " entries, not "
                    + BundleLayout.SUBJECTS.size());
        }
        return entries;
    }

    private static JsonNode json(final String bundle, final Map<String, byte[]> entries, final String name)
            throws BundleException {
        try {
            return Json.MAPPER.readTree(entries.get(name));
        } catch (IOException exception) {
            throw new BundleException(bundle + ": the entry " + name + " is not JSON (" + exception.getMessage() + ")");
        }
    }
}
