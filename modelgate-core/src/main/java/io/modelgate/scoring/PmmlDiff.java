package io.modelgate.scoring;

import io.modelgate.data.Values;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds where two PMML models differ: walks both canonical trees in parallel, names the first differing element,
 * attribute or text by a readable path, and counts differing elements and values. Children are compared by position,
 * so an inserted element shows as a difference in the number of children of its parent and in the following
 * siblings.
 */
public final class PmmlDiff {
    private String firstPath = "";
    private String first = "";
    private String second = "";
    private int elements;
    private int numbers;
    private int values;

    private PmmlDiff() {}

    /**
     * Compares two PMML files.
     *
     * @param expected the reference model
     * @param actual the model compared with it
     * @return the difference, empty when the canonical forms are equal
     * @throws IOException when a file cannot be read
     * @throws io.modelgate.data.DataFormatException when a file is not well-formed XML or declares a DOCTYPE
     */
    public static PmmlDifference between(final Path expected, final Path actual) throws IOException {
        PmmlDiff diff = new PmmlDiff();
        PmmlTree a = PmmlTree.read(expected);
        PmmlTree b = PmmlTree.read(actual);
        diff.compare(a, b, "/" + a.name());
        return new PmmlDifference(diff.firstPath, diff.first, diff.second, diff.elements, diff.numbers, diff.values);
    }

    private void compare(final PmmlTree a, final PmmlTree b, final String path) {
        if (!a.name().equals(b.name())) {
            elements++;
            note(path, "element " + a.name(), "element " + b.name());
            return;
        }
        boolean differs = false;
        for (String key : new TreeSet<>(union(a.attributes(), b.attributes()))) {
            String x = a.attributes().get(key);
            String y = b.attributes().get(key);
            if (!Objects.equals(x, y)) {
                differs = true;
                count(x, y);
                note(path + "/@" + key, shown(x), shown(y));
            }
        }
        if (!a.text().equals(b.text())) {
            differs = true;
            count(a.text(), b.text());
            note(path + "/text()", shown(a.text()), shown(b.text()));
        }
        List<PmmlTree> left = a.children();
        List<PmmlTree> right = b.children();
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            compare(left.get(i), right.get(i), path + "/" + segment(left, i));
        }
        if (left.size() != right.size()) {
            differs = true;
            note(path, left.size() + " child element(s)", right.size() + " child element(s)");
            elements += Math.abs(left.size() - right.size());
        }
        if (differs) {
            elements++;
        }
    }

    private static Set<String> union(final Map<String, String> a, final Map<String, String> b) {
        TreeSet<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private void count(final String x, final String y) {
        if (x != null && y != null && isNumber(x) && isNumber(y)) {
            numbers++;
        } else {
            values++;
        }
    }

    private static boolean isNumber(final String text) {
        return Values.isNumber(text);
    }

    private void note(final String path, final String x, final String y) {
        if (firstPath.isEmpty()) {
            firstPath = path;
            first = x;
            second = y;
        }
    }

    private static String shown(final String value) {
        return value == null ? "(absent)" : "'" + value + "'";
    }

    /** Names a child by its {@code name} or {@code id} attribute when it has one, else by its position among same-named siblings. */
    private static String segment(final List<PmmlTree> siblings, final int index) {
        PmmlTree child = siblings.get(index);
        for (String key : List.of("name", "id", "field")) {
            String value = child.attributes().get(key);
            if (value != null && unique(siblings, child.name(), key, value)) {
                return child.name() + "[@" + key + "='" + value + "']";
            }
        }
        int position = 0;
        for (int i = 0; i <= index; i++) {
            if (siblings.get(i).name().equals(child.name())) {
                position++;
            }
        }
        return child.name() + "[" + position + "]";
    }

    private static boolean unique(
            final List<PmmlTree> siblings, final String name, final String key, final String value) {
        return siblings.stream()
                        .filter(s -> s.name().equals(name)
                                && value.equals(s.attributes().get(key)))
                        .count()
                == 1;
    }
}
