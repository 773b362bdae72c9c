package cn.huzhong.care.app;

import cn.huzhong.care.app.platform.Platforms;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.Theme;
import cn.huzhong.care.app.ui.Ui;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The desktop (and, through Gluon, phone) application. Shows a start screen at once, starts the data layer and
 * (with no server configured) the embedded demo API off the FX thread, then shows the app.
 */
public final class AppMain extends Application {
    private static final Logger LOG = Logger.getLogger(AppMain.class.getName());
    public static final double WIDTH = 480;
    public static final double HEIGHT = 860;

    private App app;

    @Override
    public void start(Stage stage) {
        Theme.install();
        VBox splash = new VBox();
        splash.getStyleClass().add("hz-screen");
        Scene scene = new Scene(splash, WIDTH, HEIGHT);
        Theme.apply(scene, DisplayMode.DEFAULT);
        Label name = Ui.title("呼中助残 · Huzhong Care");
        splash.getChildren().addAll(name, new Ui(DisplayMode.DEFAULT, cn.huzhong.care.app.ui.Messages.of(
                cn.huzhong.care.core.i18n.Lang.ZH), Clock.systemUTC()).progress("正在启动… Starting…"));
        stage.setTitle("呼中助残 Huzhong Care");
        stage.setScene(scene);
        stage.setMinWidth(360);
        stage.show();

        Thread starter = new Thread(() -> {
            try {
                App started = App.start(Platforms.storage(), Platforms.dialer(), Clock.systemUTC());
                Platform.runLater(() -> {
                    app = started;
                    scene.setRoot(started.buildUi());
                    Theme.apply(scene, started.displayMode());
                });
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "the app could not start", e);
                Platform.runLater(() -> splash.getChildren().setAll(Ui.title("呼中助残"),
                        Ui.body("应用无法启动，请拨打 12385 求助。The app could not start: " + e.getMessage())));
            }
        }, "huzhong-start");
        starter.setDaemon(true);
        starter.start();
    }

    @Override
    public void stop() {
        if (app != null) {
            app.close();
        }
    }
}
