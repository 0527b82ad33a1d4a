package io.modelgate.scoring;

/**
 * The type of one value slot of the compiled engine, following the PMML data type of the field it holds. Every slot
 * is a {@code double}; a float slot holds a value rounded to float, an integer slot a whole number, a category slot
 * the index of the value in the field's category list.
 */
enum SlotType {
    DOUBLE,
    FLOAT,
    INTEGER,
    CATEGORY;

    /**
     * Casts a number to this type the way jpmml casts a value into a field of the type.
     *
     * @param value the value
     * @return the value as this type holds it
     */
    double cast(final double value) {
        return this == FLOAT ? (float) value : value;
    }

    boolean isNumber() {
        return this != CATEGORY;
    }
}
