package io.modelgate.validation;

import io.modelgate.data.DataFormatException;
import io.modelgate.data.StrictReader;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads a schema file, YAML or JSON by its extension ({@code .json} is JSON, anything else YAML). Strict: an unknown
 * key, a value of the wrong type or an inconsistent constraint is an error that names the file, line and column.
 */
public final class SchemaReader {
    private SchemaReader() {}

    /**
     * Reads a schema file.
     *
     * @param file the YAML or JSON file
     * @return the schema
     * @throws IOException when the file cannot be read
     * @throws DataFormatException when the file is not a valid schema
     */
    public static Schema read(final Path file) throws IOException {
        return StrictReader.read(file, Schema.class, "schema");
    }
}
