/**
 * Gates judge recorded evidence: they read the evidence JSON that steps wrote (here or on another agent, in this
 * build or an earlier one) and never re-run a step. Uses only {@code report}.
 */
package io.modelgate.gate;
