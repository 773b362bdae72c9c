package cn.huzhong.care.app.shell;

import javafx.scene.Node;

import java.util.List;

/**
 * What the shell shows for a destination: a view with its title, and what the shell places around it. The view's
 * root scrolls; its bottom actions (a form's "send", a booking's "confirm") stay pinned under it, so they are
 * never cut off by the screen's edge.
 */
public interface Screen {
    Node root();

    String title();

    /**
     * Whether this screen shows the data of the person the app acts for: when a carer acts for someone, the shell
     * then says whose ("刘洋的补贴").
     */
    default boolean aboutPerson() {
        return false;
    }

    /** The screen's main action(s), pinned at the bottom (at most two; the primary last). Empty when none. */
    default List<Node> bottomActions() {
        return List.of();
    }

    /** Called when the screen leaves the shell (stop timers, drop listeners). */
    default void dispose() {
    }
}
