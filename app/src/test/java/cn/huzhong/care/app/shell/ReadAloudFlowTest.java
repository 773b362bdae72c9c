package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.AppHarness;
import cn.huzhong.care.app.platform.RecordingSpeech;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.a11y.SceneModel;
import cn.huzhong.care.app.ui.a11y.bridge.NodeIds;
import cn.huzhong.care.app.ui.a11y.bridge.ReadAloud;
import cn.huzhong.care.app.ui.a11y.bridge.SnapshotBuilder;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 朗读本页 in the running app: the app bar of every screen has the action; it reads the page through the voice, pauses,
 * goes on, says results of actions, and stops on the next screen; without a voice it says so in the snackbar.
 */
class ReadAloudFlowTest {
    @TempDir
    Path dataDir;
    AppHarness app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    private String actionText() {
        return app.text(ReadAloud.ID);
    }

    private ReadAloud readAloud() {
        return app.app().shell().readAloud();
    }

    @Test
    void everyScreenHasIt_itReadsPausesGoesOn_andStopsOnTheNextScreen() {
        app = AppHarness.start(dataDir);
        RecordingSpeech voice = new RecordingSpeech(Lang.ZH, Lang.EN).holding();
        AppHarness.fx(() -> {
            readAloud().useVoice(voice);
            return null;
        });
        assertTrue(app.has(ReadAloud.ID), "on the sign-in screen, next to settings");
        assertEquals("朗读", actionText());
        List<String> page = AppHarness.fx(() -> new SnapshotBuilder(new NodeIds())
                .build(SceneModel.of(app.scene()), "zh-CN").snapshot().spoken());

        app.tap(ReadAloud.ID);
        app.waitUntil("the first words", () -> voice.said().size() == 1);
        assertEquals(page.get(0), voice.texts().get(0));
        assertEquals("暂停", actionText());
        app.tap(ReadAloud.ID);
        app.waitUntil("paused", () -> AppHarness.fx(readAloud()::state) == ReadAloud.State.PAUSED);
        assertEquals("继续", actionText());
        app.tap(ReadAloud.ID);
        app.waitUntil("going on", () -> voice.said().size() == 2);
        voice.release(page.size());
        app.waitUntil("the end of the page", () -> AppHarness.fx(readAloud()::state) == ReadAloud.State.IDLE);
        assertEquals(page, voice.texts().subList(1, voice.texts().size()), "the cut-off first item again, then the rest");
        assertEquals("朗读", actionText());

        // once started, a result the app announces is said
        AppHarness.fx(() -> {
            A11y.announce(app.scene().getRoot(), "已提交");
            return null;
        });
        app.waitUntil("the announcement", () -> voice.texts().contains("已提交"));
        voice.release(1);

        app.signInAndWaitForHome("13900000001");
        String title = app.text(AppShell.ID_TITLE);
        app.waitUntil("the new screen's title", () -> voice.texts().contains(title));
        voice.release(10);
        assertTrue(app.has(ReadAloud.ID), "on home too");
        app.assertAccessible("home with read aloud");
    }

    @Test
    void atLargeText_theActionIsTheSpeakerAlone_itsWordSpoken_underTheWayBack() {
        app = AppHarness.start(dataDir);
        RecordingSpeech voice = new RecordingSpeech(Lang.ZH, Lang.EN);
        AppHarness.fx(() -> {
            readAloud().useVoice(voice);
            return null;
        });
        assertEquals("朗读", AppHarness.fx(() -> ((javafx.scene.control.Labeled) app.node(ReadAloud.ID)).getText()),
                "at 100 % the word is shown");
        app.signInAndWaitForHome("13900000001");
        app.applyMode(cn.huzhong.care.app.ui.DisplayMode.LARGE_TEXT);
        app.go(new Destination.Hotlines());
        app.settle();
        app.waitUntil("a screen with a way back", () -> app.has(AppShell.ID_BACK));
        javafx.scene.control.Labeled action = app.node(ReadAloud.ID);
        assertEquals("", AppHarness.fx(action::getText), "at 200 % only the speaker is drawn");
        assertEquals("朗读", AppHarness.fx(() -> action.queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT)),
                "and its word is spoken");
        javafx.geometry.Bounds back = AppHarness.fx(() -> app.node(AppShell.ID_BACK).localToScene(
                app.node(AppShell.ID_BACK).getLayoutBounds()));
        javafx.geometry.Bounds icon = AppHarness.fx(() -> action.localToScene(action.getLayoutBounds()));
        assertTrue(icon.getMinY() >= back.getMaxY(), "under the way back: " + icon + " / " + back);
        app.assertAccessible("hotlines at 200 % with the speaker under the way back");

        List<String> page = AppHarness.fx(() -> new SnapshotBuilder(new NodeIds())
                .build(SceneModel.of(app.scene()), "zh-CN").snapshot().spoken());
        app.tap(ReadAloud.ID);
        app.waitUntil("the page read", () -> AppHarness.fx(readAloud()::state) == ReadAloud.State.IDLE
                && voice.texts().size() >= page.size());
        assertEquals(page, voice.texts().subList(voice.texts().size() - page.size(), voice.texts().size()));
    }

    @Test
    void withoutAVoice_theSnackbarSaysSo() {
        app = AppHarness.start(dataDir);
        AppHarness.fx(() -> {
            readAloud().useVoice(new RecordingSpeech()); // a device with no voice at all
            return null;
        });
        app.tap(ReadAloud.ID);
        app.waitUntil("the snackbar", () -> app.has(cn.huzhong.care.app.ui.kit.Snackbar.ID_TEXT));
        assertTrue(app.text(cn.huzhong.care.app.ui.kit.Snackbar.ID_TEXT).contains("没有中文语音"));
        assertEquals("朗读", actionText());
    }
}
