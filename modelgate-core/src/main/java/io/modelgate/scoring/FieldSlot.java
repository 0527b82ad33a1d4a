package io.modelgate.scoring;

import java.util.Map;

/**
 * Where the compiled engine keeps one PMML field of a row, and how: its slot, its type and, for a category field,
 * the index of every category it knows.
 *
 * @param name the field name
 * @param slot the slot index within a row
 * @param type the slot type
 * @param categories the category indexes of a category field, empty otherwise
 * @param closed whether the field lists its valid categories, so that any other value is invalid
 */
record FieldSlot(String name, int slot, SlotType type, Map<String, Integer> categories, boolean closed) {}
