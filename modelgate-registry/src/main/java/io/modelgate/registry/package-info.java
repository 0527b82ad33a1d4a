/**
 * The model registry: models, their versions (bundle and model digests, metadata, evidence digests), aliases such as
 * {@code champion} moved by compare-and-set, and every move as a transition chained by SHA-256 in the database, like
 * the audit trail. Bundles are stored by SHA-256. SQLite by default, PostgreSQL for teams; schema migrations with
 * Flyway. References {@code models:/NAME@ALIAS} and {@code models:/NAME/VERSION} resolve to the stored file. Uses the
 * core's {@code audit} (every change becomes an audit entry) and {@code scoring} (the canonical model hash).
 */
package io.modelgate.registry;
