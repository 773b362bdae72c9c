package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.data.ApiFailure;
import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.data.Reading;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link ViewModel#read}, the one way every screen shows a read: the device's copy first, the server's in its place,
 * a failed refresh leaving the copy with a note, progress only with nothing on the device, a slow network that never
 * holds a screen, and late results dropped.
 */
class ViewModelReadTest {
    sealed interface S {
    }

    record Waiting(String slowNote) implements S {
    }

    record Shown(String value, Freshness freshness) implements S {
    }

    record Failed(String message) implements S {
    }

    /** A screen with one read; every state it publishes is recorded. */
    static final class Screen extends ViewModel<S> {
        final List<S> published = new ArrayList<>();
        final Messages messages;

        Screen(Executor ui) {
            super(new Waiting(null), ui, Messages.of(Lang.ZH), Fixtures.CLOCK);
            this.messages = Messages.of(Lang.ZH);
            stateProperty().addListener((o, a, b) -> published.add(b));
        }

        void load(Reading<String> r) {
            read(r, slow -> publish(new Waiting(slow)), (v, f) -> publish(new Shown(v, f)),
                    e -> publish(new Failed(messages.failure(e))));
        }
    }

    final Screen screen = new Screen(Runnable::run);
    final Instant saved = Fixtures.NOW.minusSeconds(5 * 60);

    FakeRepositories.Pending<String> pending() {
        return new FakeRepositories.Pending<>();
    }

    @Test
    void cachedFirst_thenFresh_inPlace_withNoProgressBetween() {
        var p = pending().cached("昨天的", saved);
        screen.load(p.reading());
        Shown cached = assertInstanceOf(Shown.class, screen.state());
        assertEquals("昨天的", cached.value());
        assertEquals(Freshness.State.UPDATING, cached.freshness().state());
        assertEquals(saved, cached.freshness().savedAt());
        assertEquals("这是 5 分钟前（11月28日（周六）上午9:55）保存的内容，正在更新……", cached.freshness().note());
        assertFalse(cached.freshness().offerReload(), "it is being updated already");
        p.answer("今天的");
        Shown fresh = assertInstanceOf(Shown.class, screen.state());
        assertEquals("今天的", fresh.value());
        assertEquals(Freshness.fresh(Fixtures.NOW), fresh.freshness());
        assertNull(fresh.freshness().note());
        assertEquals(List.of(cached, fresh), screen.published, "never progress, never an error: " + screen.published);
    }

    @Test
    void refreshFailsOffline_theCopyStays_withItsAgeAndAReload() {
        var p = pending().cached("昨天的", saved);
        screen.load(p.reading());
        p.fail(Fixtures.offline());
        Shown s = assertInstanceOf(Shown.class, screen.state());
        assertEquals("昨天的", s.value());
        assertEquals(Freshness.State.OFFLINE, s.freshness().state());
        assertEquals("暂时连不上服务器。这是 5 分钟前（11月28日（周六）上午9:55）保存的内容。", s.freshness().note());
        assertTrue(s.freshness().offerReload());
        assertTrue(screen.published.stream().noneMatch(x -> x instanceof Failed), "never an error screen");
    }

    @Test
    void refreshRefusedByTheServer_theCopyStays_sayingWhy() {
        var p = pending().cached("昨天的", saved);
        screen.load(p.reading());
        p.fail(new ApiFailure.ServerError(Fixtures.problem(500, "服务器出错了", "请稍后再试。")));
        Shown s = assertInstanceOf(Shown.class, screen.state());
        assertEquals(Freshness.State.NOT_UPDATED, s.freshness().state());
        assertEquals("没能更新：服务器出错了。请稍后再试。现在显示的是 5 分钟前（11月28日（周六）上午9:55）保存的内容。",
                s.freshness().note());
        assertTrue(s.freshness().offerReload());
    }

    @Test
    void builtInCopy_saysSo() {
        var p = pending();
        p.cached.complete(java.util.Optional.of(new cn.huzhong.care.app.data.Loaded<>("自带的", null, true)));
        screen.load(p.reading());
        assertEquals("这是应用自带的号码表，正在更新……", assertInstanceOf(Shown.class, screen.state()).freshness().note());
        p.fail(Fixtures.offline());
        assertEquals("暂时连不上服务器。这是应用自带的号码表。",
                assertInstanceOf(Shown.class, screen.state()).freshness().note());
    }

    @Test
    void nothingCached_progress_thenContent() {
        var p = pending().nothingCached();
        screen.load(p.reading());
        assertEquals(new Waiting(null), screen.state());
        p.answer("今天的");
        assertEquals(new Shown("今天的", Freshness.fresh(Fixtures.NOW)), screen.state());
    }

    @Test
    void nothingCached_progress_thenFailed() {
        var p = pending().nothingCached();
        screen.load(p.reading());
        p.fail(Fixtures.offline());
        assertEquals(new Failed("连不上服务器。请检查网络后重试，或拨打 12385。"), screen.state());
    }

    @Test
    void theDevicesCopyStillBeingRead_progressUntilItComes_evenIfTheServerFailedFirst() {
        var p = pending();
        screen.load(p.reading());
        assertEquals(new Waiting(null), screen.state());
        p.fail(Fixtures.offline());
        assertEquals(new Waiting(null), screen.state(), "no error before the device has been asked");
        p.cached("昨天的", saved);
        Shown s = assertInstanceOf(Shown.class, screen.state());
        assertEquals(Freshness.State.OFFLINE, s.freshness().state(), "shown at once as not updated");
        assertTrue(screen.published.stream().noneMatch(x -> x instanceof Failed));
    }

    @Test
    void theServerFasterThanTheDevice_itsAnswerIsNotReplacedByTheOlderCopy() {
        var p = pending();
        screen.load(p.reading());
        p.answer("今天的");
        p.cached("昨天的", saved);
        assertEquals(new Shown("今天的", Freshness.fresh(Fixtures.NOW)), screen.state());
    }

    @Test
    void slowNetwork_nothingCached_saysSo_thenOffersToRetry_andStillShowsALateAnswer() {
        var p = pending().nothingCached();
        screen.load(p.reading());
        p.slow.complete(null);
        assertEquals(new Waiting("网络较慢，还在加载。加载好后会显示在这里，您也可以先去做别的事。"), screen.state());
        p.overdue.complete(null);
        assertEquals(new Failed("连不上服务器。请检查网络后重试，或拨打 12385。"), screen.state());
        p.answer("终于到了");
        assertEquals(new Shown("终于到了", Freshness.fresh(Fixtures.NOW)), screen.state());
    }

    @Test
    void slowNetwork_withACopyShown_changesNothing() {
        var p = pending().cached("昨天的", saved);
        screen.load(p.reading());
        int before = screen.published.size();
        p.slow.complete(null);
        p.overdue.complete(null);
        assertEquals(before, screen.published.size(), "the wait is invisible: " + screen.published);
        assertEquals(Freshness.State.UPDATING, assertInstanceOf(Shown.class, screen.state()).freshness().state());
    }

    @Test
    void aNewerRead_dropsTheLateStepsOfTheOlder() {
        var older = pending().nothingCached();
        var newer = pending().nothingCached();
        screen.load(older.reading());
        screen.load(newer.reading());
        newer.answer("这一周");
        older.answer("上一周");
        older.slow.complete(null);
        assertEquals(new Shown("这一周", Freshness.fresh(Fixtures.NOW)), screen.state());
    }

    @Test
    void afterLeaving_nothingIsShown() {
        var p = pending().nothingCached();
        screen.load(p.reading());
        screen.dispose();
        p.answer("今天的");
        assertEquals(new Waiting(null), screen.state());
    }

    @Test
    void stepsArePublishedOnTheUiExecutor_only() {
        List<Runnable> queued = new ArrayList<>();
        Screen onQueue = new Screen(queued::add);
        var p = pending();
        onQueue.load(p.reading());
        p.cached("昨天的", saved);
        p.answer("今天的");
        assertEquals(new Waiting(null), onQueue.state(), "nothing shown off the UI thread");
        new ArrayList<>(queued).forEach(Runnable::run);
        assertEquals(new Shown("今天的", Freshness.fresh(Fixtures.NOW)), onQueue.state());
    }

    @Test
    void aCopyInMemory_isShownBeforeReadReturns_withoutTheUiExecutor() {
        Screen onQueue = new Screen(r -> { });
        onQueue.load(Reading.of(FakeRepositories.cached("昨天的", saved), new CompletableFuture<>()));
        assertEquals("昨天的", assertInstanceOf(Shown.class, onQueue.state()).value(),
                "the frame the screen opens in already shows it");
    }
}
