/**
 * Streaming access to tabular data: an RFC 4180 CSV reader (plain or gzip), rows, column types and the dataset
 * fingerprint (SHA-256 of the file's bytes and its row count) computed while reading. Depends on nothing else in
 * ModelGate.
 */
package io.modelgate.data;
