package io.modelgate.scoring;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes RFC 4180 CSV lines: fields quoted only when they hold a delimiter, a quote or a line break. */
final class CsvLine {
    private CsvLine() {}

    static void write(final Writer out, final List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields.get(i)));
        }
        out.write('\n');
    }

    static String quote(final String field) {
        if (field == null) {
            return "";
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + field.replace("\"", "\"\"") + '"';
            }
        }
        return field;
    }

    static String number(final double value) {
        return Double.isNaN(value) ? "" : Double.toString(value);
    }
}
