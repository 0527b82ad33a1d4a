package io.modelgate.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.modelgate.data.ColumnType;
import io.modelgate.data.Row;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DriftProfilerTest {
    private static final List<String> HEADER = List.of("id", "amount", "count", "city", "active");

    private static Map<String, ColumnType> columns() {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        columns.put("amount", ColumnType.DOUBLE);
        columns.put("count", ColumnType.INTEGER);
        columns.put("city", ColumnType.STRING);
        columns.put("active", ColumnType.BOOLEAN);
        return columns;
    }

    @Test
    void shouldCountMissingAndInvalidValuesWithoutProfilingThem() {
        DriftProfiler profiler = new DriftProfiler(columns());
        profiler.start(HEADER);
        profiler.accept(Row.of(2, "1", "1.5", "3", "Oslo", "TRUE"));
        profiler.accept(Row.of(3, "2", "", "4", " ", "0"));
        profiler.accept(Row.of(4, "3", "NaN", "4.0", "Oslo", "yes"));
        profiler.accept(Row.of(5, "4", "abc", "x", "Bergen", "1"));
        profiler.accept(Row.of(6, "5", "-inf", "-7", "Bergen", "false"));
        profiler.accept(Row.of(7, "6", "2e3", "12345678901234567", "Oslo", "False"));

        DatasetProfile profile = profiler.profile();

        assertThat(profile.rows()).isEqualTo(6);
        NumericProfile amount = (NumericProfile) profile.column("amount");
        assertThat(amount.count()).isEqualTo(2);
        assertThat(amount.missing()).isEqualTo(2);
        assertThat(amount.invalid()).isEqualTo(2);
        assertThat(amount.moments().mean()).isCloseTo(1000.75, within(1e-9));
        NumericProfile count = (NumericProfile) profile.column("count");
        assertThat(count.count()).isEqualTo(4);
        assertThat(count.invalid()).isEqualTo(2);
        assertThat(count.distinctValues().distinctValues()).containsExactly(-7, 3, 4, 12345678901234567.0);
        CategoricalProfile city = (CategoricalProfile) profile.column("city");
        assertThat(city.counts()).containsExactly(Map.entry("Oslo", 3L), Map.entry("Bergen", 2L));
        assertThat(city.missing()).isEqualTo(1);
        CategoricalProfile active = (CategoricalProfile) profile.column("active");
        assertThat(active.counts()).containsExactly(Map.entry("false", 3L), Map.entry("true", 2L));
        assertThat(active.invalid()).isEqualTo(1);
    }

    @Test
    void shouldGiveTheSameProfileWhetherTheDataIsReadWholeOrInChunks() {
        Random random = new Random(42);
        List<Row> rows = new ArrayList<>();
        String[] cities = {"Oslo", "Bergen", "Tromsø", "Bodø", "Molde"};
        for (int i = 0; i < 30_000; i++) {
            rows.add(Row.of(
                    i + 2,
                    Integer.toString(i),
                    random.nextInt(50) == 0 ? "" : Double.toString(random.nextGaussian() * 10),
                    Integer.toString(random.nextInt(8)),
                    cities[random.nextInt(cities.length)] + (random.nextInt(20) == 0 ? "?" : ""),
                    random.nextBoolean() ? "true" : "false"));
        }
        DatasetProfile whole = profile(rows);
        DatasetProfile merged = profile(rows.subList(0, 7_000))
                .merge(profile(rows.subList(7_000, 7_001)))
                .merge(profile(rows.subList(7_001, 30_000)));

        assertThat(merged.rows()).isEqualTo(whole.rows());
        for (String name : List.of("city", "active")) {
            CategoricalProfile a = (CategoricalProfile) whole.column(name);
            CategoricalProfile b = (CategoricalProfile) merged.column(name);
            assertThat(b.counts()).isEqualTo(a.counts());
            assertThat(b.missing()).isEqualTo(a.missing());
        }
        NumericProfile a = (NumericProfile) whole.column("amount");
        NumericProfile b = (NumericProfile) merged.column("amount");
        assertThat(b.count()).isEqualTo(a.count());
        assertThat(b.missing()).isEqualTo(a.missing());
        assertThat(b.moments().mean()).isCloseTo(a.moments().mean(), within(1e-9));
        assertThat(b.moments().standardDeviation()).isCloseTo(a.moments().standardDeviation(), within(1e-9));
        assertThat(b.moments().min()).isEqualTo(a.moments().min());
        assertThat(b.sketch().isExact()).isFalse();
        double error = a.sketch().rankError() + b.sketch().rankError();
        for (double x = -25; x <= 25; x += 2.5) {
            assertThat(b.sketch().shareBelow(x)).isCloseTo(a.sketch().shareBelow(x), within(error));
        }
        NumericProfile counts = (NumericProfile) merged.column("count");
        assertThat(counts.distinctValues().count(3))
                .isEqualTo(((NumericProfile) whole.column("count"))
                        .distinctValues()
                        .count(3));
        DriftReport report = DriftAnalysis.compare(whole, merged);
        assertThat(report.drifted()).isZero();
    }

    private static DatasetProfile profile(final List<Row> rows) {
        DriftProfiler profiler = new DriftProfiler(columns());
        profiler.start(HEADER);
        rows.forEach(profiler::accept);
        return profiler.profile();
    }

    @Test
    void shouldNameAColumnMissingFromTheHeader() {
        DriftProfiler profiler = new DriftProfiler(Map.of("salary", ColumnType.DOUBLE));

        assertThatThrownBy(() -> profiler.start(HEADER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'salary'");
    }

    @Test
    void shouldRefuseToMergeDifferentColumns() {
        DatasetProfile one = Profiles.numeric("x", 1, 2);
        DatasetProfile other = Profiles.numeric("y", 1, 2);

        assertThatThrownBy(() -> one.merge(other)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldNotChangeAProfileWhenMoreRowsArrive() {
        DriftProfiler profiler = new DriftProfiler(Map.of("x", ColumnType.DOUBLE));
        profiler.start(List.of("x"));
        profiler.accept(Row.of(2, "1"));
        DatasetProfile first = profiler.profile();
        profiler.accept(Row.of(3, "2"));

        assertThat(first.column("x").count()).isEqualTo(1);
        assertThat(profiler.profile().column("x").count()).isEqualTo(2);
    }
}
