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
