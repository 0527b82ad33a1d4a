package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Shim of jenkins-core's base class of objects that carry {@link Action}s, such as builds and flow nodes. */
public abstract class Actionable {
    private final transient List<Action> actions = new CopyOnWriteArrayList<>();

    @Deprecated
    @NonNull
    public List<Action> getActions() {
        return actions;
    }

    @NonNull
    public <T extends Action> List<T> getActions(Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Action a : actions) {
            if (type.isInstance(a)) {
                found.add(type.cast(a));
            }
        }
        return found;
    }

    public void addAction(@NonNull Action a) {
        actions.add(a);
    }

    public boolean addOrReplaceAction(@NonNull Action a) {
        boolean found = actions.contains(a);
        List<Action> old = new ArrayList<>();
        for (Action a2 : actions) {
            if (a2.getClass() == a.getClass() && !a2.equals(a)) {
                old.add(a2);
            }
        }
        actions.removeAll(old);
        if (!found) {
            actions.add(a);
        }
        return !found || !old.isEmpty();
    }

    public <T extends Action> T getAction(Class<T> type) {
        for (Action a : actions) {
            if (type.isInstance(a)) {
                return type.cast(a);
            }
        }
        return null;
    }
}
