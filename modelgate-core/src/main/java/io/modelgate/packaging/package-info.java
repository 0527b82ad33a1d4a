/**
 * The model bundle: a deterministic zip that holds the model, its manifest, a model card, an in-toto provenance
 * statement and an Ed25519 signature; building it (after a PII scan of the model and a compatibility check against
 * the champion), verifying it, and opening a verified bundle to score from an application.
 */
package io.modelgate.packaging;
