package cn.huzhong.care.app.shell;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/** Where the person is, and the way back: a back stack of {@link Destination}s. Used on the FX thread. */
public final class Navigator {
    private final Deque<Destination> stack = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Destination> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);

    public Navigator(Destination start) {
        resetTo(start);
    }

    public ReadOnlyObjectProperty<Destination> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public Destination current() {
        return current.get();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public void go(Destination d) {
        stack.push(d);
        publish();
    }

    /** Goes back one step; returns false when there is nowhere to go back to. */
    public boolean back() {
        if (stack.size() <= 1) {
            return false;
        }
        stack.pop();
        publish();
        return true;
    }

    /**
     * Opens a main place of the bottom navigation: home alone, any other place on top of home (so back from it goes
     * home, as on a phone).
     */
    public void open(Destination place) {
        open(place, new Destination.Home());
    }

    /** As {@link #open(Destination)}, for a role whose home is {@code home} (a volunteer's, staff's). */
    public void open(Destination place, Destination home) {
        stack.clear();
        if (!place.equals(home)) {
            stack.push(home);
        }
        stack.push(place);
        publish();
    }

    /** Starts afresh at {@code d} (after sign-in, after sign-out). */
    public void resetTo(Destination d) {
        stack.clear();
        stack.push(d);
        publish();
    }

    /** Replaces the current destination (a finished flow that should not be returned to). */
    public void replace(Destination d) {
        if (!stack.isEmpty()) {
            stack.pop();
        }
        stack.push(d);
        publish();
    }

    /**
     * Ends a flow (a form sent, a booking made): goes back to the nearest screen of {@code base}'s kind, or, when
     * there is none, replaces the current screen with {@code base}; then opens {@code next} on top, when given. One
     * step back from {@code next} is then {@code base}, not the finished form.
     */
    public void finish(Destination base, Destination next) {
        boolean found = stack.stream().anyMatch(d -> d.getClass() == base.getClass());
        if (found) {
            while (stack.peek().getClass() != base.getClass()) {
                stack.pop();
            }
        } else {
            if (stack.size() > 1) {
                stack.pop();
            }
            stack.push(base);
        }
        if (next != null) {
            stack.push(next);
        }
        publish();
    }

    /** The back stack, top first. */
    public List<Destination> stack() {
        return List.copyOf(stack);
    }

    private void publish() {
        canGoBack.set(stack.size() > 1);
        // a new value even when equal (re-entering the same screen reloads it)
        current.set(null);
        current.set(stack.peek());
    }
}
