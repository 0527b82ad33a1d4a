/**
 * The audit trail: an append-only JSON Lines file in which every entry carries the SHA-256 of the previous one, so
 * that an edited, deleted, inserted or reordered entry is found by verification. Depends on no other package.
 */
package io.modelgate.audit;
