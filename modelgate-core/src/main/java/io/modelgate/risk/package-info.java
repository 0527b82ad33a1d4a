/**
 * Model risk before delivery: training/serving parity against the training framework's own predictions, the cost
 * of the model (size, structure, scoring latency) and its robustness to small perturbations of the inputs.
 */
package io.modelgate.risk;
