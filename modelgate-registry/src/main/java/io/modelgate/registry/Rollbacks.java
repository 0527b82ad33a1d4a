package io.modelgate.registry;

import java.util.ArrayList;
import java.util.List;

/**
 * Which version a rollback returns to. The history of an alias is read as a stack: a move pushes the version it
 * promoted, a rollback pops the version it rolled back; the top is the current version and the one below it is the
 * rollback's target. So rolling back twice goes two promotions back, never forth to the version just rolled back.
 */
final class Rollbacks {
    private Rollbacks() {}

    /**
     * The promoted versions still standing, oldest first.
     *
     * @param history the alias's transitions, oldest first
     * @return the stack, its last element the current version
     */
    static List<String> promoted(final List<Transition> history) {
        List<String> stack = new ArrayList<>();
        for (Transition transition : history) {
            if (Transition.ROLLBACK.equals(transition.kind()) && !stack.isEmpty()) {
                stack.remove(stack.size() - 1);
            }
            if (stack.isEmpty() || !stack.get(stack.size() - 1).equals(transition.to())) {
                stack.add(transition.to());
            }
        }
        return stack;
    }
}
