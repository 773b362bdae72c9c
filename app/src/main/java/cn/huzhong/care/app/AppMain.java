package cn.huzhong.care.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder: replaced by the real shell. */
public final class AppMain extends Application {
    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("呼中助残"), 400, 700));
        stage.show();
    }
}
