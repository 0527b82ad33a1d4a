package io.modelgate.scoring;

/** The kind of prediction a model makes; ModelGate scores classification and regression models. */
public enum ModelFunction {
    /** Predicts a class label and, usually, a probability for every class. */
    CLASSIFICATION,
    /** Predicts a number. */
    REGRESSION
}
