/**
 * Reproducibility: the lineage fingerprint of a training run (what went in), re-execution of the training command in
 * a clean copy, and the comparison of each rebuilt model with the model under test at three levels — identical
 * (canonical hash), equivalent (predictions within a tolerance on probe data) or different, with an explanation.
 */
package io.modelgate.reproducibility;
