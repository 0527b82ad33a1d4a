package io.modelgate.scoring;

/**
 * The precision in which jpmml computes a model: double, or float for models marked {@code x-mathContext="float"}
 * (XGBoost). Every operation of the compiled engine is computed in double and, in the float context, rounded to
 * float after each step; for one addition, multiplication or division of two floats this gives exactly the float
 * result, because a double carries more than twice the float's precision.
 */
enum Arithmetic {
    DOUBLE,
    FLOAT;

    /** e as jpmml's float arithmetic writes it, so that float exponentials agree bit for bit. */
    private static final double FLOAT_E = 2.7182817d;

    static Arithmetic of(final org.dmg.pmml.MathContext context) {
        return context == org.dmg.pmml.MathContext.FLOAT ? FLOAT : DOUBLE;
    }

    double round(final double value) {
        return this == FLOAT ? (float) value : value;
    }

    double of(final Number number) {
        return this == FLOAT ? number.floatValue() : number.doubleValue();
    }

    double exp(final double value) {
        return this == FLOAT ? (float) Math.pow(FLOAT_E, (float) value) : Math.exp(value);
    }

    /** @return the logistic function 1 / (1 + exp(−value)), in this precision */
    double inverseLogit(final double value) {
        return round(1.0 / round(1.0 + exp(-value)));
    }
}
