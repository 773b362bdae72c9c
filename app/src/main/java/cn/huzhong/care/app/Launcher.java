package cn.huzhong.care.app;

/**
 * Starts the app from a plain classpath. JavaFX refuses to start an {@code Application} subclass that is the
 * main class when it is not on the module path ("JavaFX runtime components are missing"), hence this class.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        javafx.application.Application.launch(AppMain.class, args);
    }
}
