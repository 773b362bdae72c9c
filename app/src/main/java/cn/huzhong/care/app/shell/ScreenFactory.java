package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.ui.Ui;

/** Builds the screen for a destination (the composition root knows every feature; the shell does not). */
public interface ScreenFactory {
    Screen create(Destination destination, Ui ui);
}
