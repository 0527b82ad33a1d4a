package io.modelgate.shim;

import static org.assertj.core.api.Assertions.assertThat;

import io.modelgate.GeneratedDocs;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Member;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lists every public and protected member of the shim with the real source it was checked against, in
 * docs/jenkins-api-shim.md, and fails when a shim class has no such source. {@code check-against-sources.py} does the
 * member-by-member comparison with the real files.
 */
class ShimInventoryTest {
    @Test
    void shouldNameTheRealSourceOfEveryShimClass() throws IOException {
        assertThat(checkedAgainst().keySet()).containsExactlyInAnyOrderElementsOf(shimClasses());
    }

    @Test
    void shouldKeepTheMemberTableInStepWithTheShim() throws Exception {
        StringBuilder page = new StringBuilder("| class | public and protected members | checked against |\n");
        page.append("| --- | --- | --- |\n");
        for (Map.Entry<String, String> entry : checkedAgainst().entrySet()) {
            Class<?> type = Class.forName(entry.getKey());
            page.append("| `")
                    .append(type.getName())
                    .append("` | ")
                    .append(String.join("<br>", members(type)))
                    .append(" | ")
                    .append(entry.getValue())
                    .append(" |\n");
        }

        GeneratedDocs.check("docs/jenkins-api-shim.md", "members", page.toString());
    }

    /** The shim's classes, from the compiled classes. */
    private static List<String> shimClasses() throws IOException {
        Path classes = Path.of("target/classes");
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .map(file -> classes.relativize(file).toString())
                    .map(name ->
                            name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                    .filter(name -> !name.matches(".*\\$\\d+"))
                    .toList();
        }
    }

    /** Class name to "repository @ tag: path", from checked-against.tsv. */
    private static Map<String, String> checkedAgainst() throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        try (InputStream in = ShimInventoryTest.class.getResourceAsStream("/checked-against.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\t");
                sources.put(fields[0], fields[1] + " @ `" + fields[2] + "`: `" + fields[3] + "`");
            }
        }
        return sources;
    }

    private static List<String> members(final Class<?> type) {
        List<Member> members = new ArrayList<>();
        members.addAll(Arrays.asList(type.getDeclaredConstructors()));
        members.addAll(Arrays.asList(type.getDeclaredFields()));
        members.addAll(Arrays.asList(type.getDeclaredMethods()));
        return members.stream()
                .filter(member -> !member.isSynthetic())
                .filter(member -> (member.getModifiers() & (Modifier.PUBLIC | Modifier.PROTECTED)) != 0)
                .map(member -> "`" + signature(member, type) + "`")
                .sorted(Comparator.naturalOrder())
                .toList();
    }

    private static String signature(final Member member, final Class<?> type) {
        String text = member instanceof java.lang.reflect.Executable executable
                ? executable.toGenericString()
                : ((java.lang.reflect.Field) member).toGenericString();
        return text.replace(type.getName() + ".", "")
                .replace(type.getName().replace('$', '.') + ".", "")
                .replaceAll("\\b(?:[a-z]\\w*\\.)+(?=[A-Z])", "")
                .replace(",", ", ")
                .replace("$", ".");
    }
}
