/**
 * The evidence model shared by every step (one JSON document per step, ARCHITECTURE.md §4), its gate status
 * vocabulary, and its renderings for machines and people: JSON, JUnit XML and a self-contained HTML report. Depends
 * on nothing else in ModelGate; feature packages write into it.
 *
 * <p>{@link io.modelgate.report.GateStatus} lives here rather than in {@code gate} because every piece of evidence
 * records one, and the gate package reads evidence, not the other way round.
 */
package io.modelgate.report;
