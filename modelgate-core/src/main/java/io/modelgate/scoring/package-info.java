/**
 * Scoring of PMML models: hardened loading (no DTDs, no entities), verification against the model's own records,
 * mapping of CSV columns to input fields, row and batch scoring on several threads, and the canonical model hash.
 * The only package that imports jpmml-evaluator ({@code org.jpmml}, {@code org.dmg}); depends on {@code data} for
 * reading CSV files and on {@code report} for writing files atomically.
 */
package io.modelgate.scoring;
