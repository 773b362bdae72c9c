package cn.huzhong.care.app.shell;

import javafx.scene.Node;

/** What the shell shows for a destination: a view with its title. */
public interface Screen {
    Node root();

    String title();

    /** Called when the screen leaves the shell (stop timers, drop listeners). */
    default void dispose() {
    }
}
