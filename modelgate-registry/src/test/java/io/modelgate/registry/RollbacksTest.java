package io.modelgate.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RollbacksTest {
    @Test
    void shouldPopRolledBackVersionsAndKeepManualMovesAsPromotions() {
        List<Transition> history = new ArrayList<>();
        history.add(move("none", "1", Transition.MOVE));
        history.add(move("1", "2", Transition.MOVE));
        history.add(move("2", "3", Transition.MOVE));
        history.add(move("3", "2", Transition.ROLLBACK));
        history.add(move("2", "4", Transition.MOVE));
        history.add(move("4", "1", Transition.MOVE));

        assertThat(Rollbacks.promoted(history)).containsExactly("1", "2", "4", "1");
        assertThat(Rollbacks.promoted(history.subList(0, 4))).containsExactly("1", "2");
        assertThat(Rollbacks.promoted(List.of())).isEmpty();
    }

    private static Transition move(final String from, final String to, final String kind) {
        return new Transition(0, "m", "champion", from, to, "", kind, "a", "r", "", "", "");
    }
}
