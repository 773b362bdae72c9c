package cn.huzhong.care.app.ui.a11y.bridge;

import cn.huzhong.care.app.platform.RecordingSpeech;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.SceneModel;
import cn.huzhong.care.app.ui.audit.AuditScreens;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Read this page aloud: what the voice is given, pausing and going on, no voice, and results after an action. */
class ReadAloudTest {
    private ReadAloud readAloud;

    @AfterEach
    void close() {
        if (readAloud != null) {
            BridgeFixture.run(readAloud::close);
        }
    }

    static void await(String what, BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> BridgeFixture.fx(condition::getAsBoolean));
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting for " + what);
        }
    }

    private ReadAloud.State state() {
        return BridgeFixture.fx(readAloud::state);
    }

    @Test
    void page_isSaidInTheSnapshotsReadingOrder_inTheAppsLanguage() {
        for (DisplayMode mode : List.of(DisplayMode.DEFAULT, DisplayMode.ENGLISH)) {
            BridgeFixture f = BridgeFixture.show(mode, x -> AuditScreens.wellBuilt(mode));
            RecordingSpeech voice = new RecordingSpeech(Lang.ZH, Lang.EN);
            readAloud = new ReadAloud(() -> Optional.of(voice));
            List<String> expected = BridgeFixture.fx(() ->
                    new SnapshotBuilder(new NodeIds()).build(SceneModel.of(f.scene), mode.lang().tag()).snapshot().spoken());
            BridgeFixture.run(() -> readAloud.toggle(f.scene, mode.lang()));
            await("the end of the page", () -> readAloud.state() == ReadAloud.State.IDLE && !voice.said().isEmpty());
            assertEquals(expected, voice.texts());
            assertTrue(voice.said().stream().allMatch(s -> s.lang() == mode.lang()));
            assertTrue(expected.size() > 10, "the whole form: " + expected);
            BridgeFixture.run(readAloud::close);
        }
    }

    @Test
    void pause_stopsTheVoice_andResumeGoesOnWhereItStopped() {
        BridgeFixture f = BridgeFixture.show(DisplayMode.DEFAULT, x -> AuditScreens.wellBuilt(DisplayMode.DEFAULT));
        RecordingSpeech voice = new RecordingSpeech(Lang.ZH).holding();
        readAloud = new ReadAloud(() -> Optional.of(voice));
        List<String> page = BridgeFixture.fx(() ->
                new SnapshotBuilder(new NodeIds()).build(SceneModel.of(f.scene), "zh-CN").snapshot().spoken());

        BridgeFixture.run(() -> readAloud.toggle(f.scene, Lang.ZH));
        voice.release(1);
        await("the second item", () -> voice.said().size() == 2);
        assertEquals(ReadAloud.State.SPEAKING, state());
        BridgeFixture.run(() -> readAloud.toggle(f.scene, Lang.ZH)); // 暂停
        assertEquals(ReadAloud.State.PAUSED, state());
        assertTrue(!BridgeFixture.fx(readAloud::following), "a pause also stops results being said");

        BridgeFixture.run(() -> readAloud.toggle(f.scene, Lang.ZH)); // 继续
        await("the cut-off item again", () -> voice.said().size() == 3);
        voice.release(page.size());
        await("the end", () -> readAloud.state() == ReadAloud.State.IDLE);
        List<String> expected = new ArrayList<>(page.subList(0, 2));
        expected.addAll(page.subList(1, page.size()));
        assertEquals(expected, voice.texts(), "the item cut off by the pause is said again, then the rest");
    }

    @Test
    void noVoice_isReported_notSilent() {
        BridgeFixture f = BridgeFixture.show(DisplayMode.ENGLISH, x -> AuditScreens.wellBuilt(DisplayMode.ENGLISH));
        List<ReadAloud.Problem> problems = new ArrayList<>();
        RecordingSpeech chineseOnly = new RecordingSpeech(Lang.ZH);
        readAloud = new ReadAloud(() -> Optional.of(chineseOnly));
        BridgeFixture.run(() -> {
            readAloud.onProblem(problems::add);
            readAloud.toggle(f.scene, Lang.EN);
        });
        await("the problem", () -> !problems.isEmpty());
        assertEquals(List.of(ReadAloud.Problem.NO_VOICE), problems);
        assertEquals(ReadAloud.State.IDLE, state());
        assertTrue(chineseOnly.said().isEmpty());

        List<ReadAloud.Problem> none = new ArrayList<>();
        ReadAloud noDevice = new ReadAloud(Optional::empty);
        BridgeFixture.run(() -> {
            noDevice.onProblem(none::add);
            noDevice.toggle(f.scene, Lang.ZH);
        });
        await("the problem", () -> !none.isEmpty());
        assertEquals(List.of(ReadAloud.Problem.NO_VOICE), none);
        BridgeFixture.run(noDevice::close);
    }

    @Test
    void onceStarted_resultsOfActionsAreSaid_untilPaused() {
        BridgeFixture f = BridgeFixture.show(DisplayMode.DEFAULT, x -> new javafx.scene.control.Label("我的预约"));
        RecordingSpeech voice = new RecordingSpeech(Lang.ZH);
        readAloud = new ReadAloud(() -> Optional.of(voice));
        BridgeFixture.run(() -> {
            readAloud.attach(f.scene);
            A11y.announce(f.scene.getRoot(), "不会读：还没有开始朗读");
            readAloud.toggle(f.scene, Lang.ZH);
        });
        await("the page", () -> readAloud.state() == ReadAloud.State.IDLE && !voice.said().isEmpty());
        BridgeFixture.run(() -> A11y.announce(f.scene.getRoot(), "已提交"));
        await("the result", () -> voice.texts().contains("已提交"));
        assertEquals(List.of("我的预约", "已提交"), voice.texts());
        BridgeFixture.run(() -> readAloud.newScreen("预约详情", Lang.ZH));
        await("the new screen's title", () -> voice.texts().contains("预约详情"));
    }
}
