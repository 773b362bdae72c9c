package cn.huzhong.care.app;

import cn.huzhong.care.app.data.ForwardingApi;
import cn.huzhong.care.app.data.remote.ApiClient;
import cn.huzhong.care.app.feature.requests.RequestsView;
import cn.huzhong.care.app.feature.subsidies.SubsidiesView;
import cn.huzhong.care.app.shell.AppShell;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.ServiceRequestSummary;
import cn.huzhong.care.core.api.SessionResponse;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.i18n.Lang;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A slow server against the real app and its embedded server. With nothing on the device, the screen shows progress
 * while the FX thread stays free and the person can go elsewhere. With something on the device, the screen shows it
 * at once, before the slow server answers, and the answer then updates the same screen in place.
 */
class SlowApiTest {
    @TempDir
    Path dataDir;
    AppHarness app;
    /** While closed, the gated calls wait (open: they go straight through). */
    volatile CountDownLatch release = new CountDownLatch(0);
    final CountDownLatch entered = new CountDownLatch(1);
    volatile Page<SubsidySummary> subsidiesAnswered;
    volatile Page<ServiceRequestSummary> requestsAnswered;

    /** The real client, except that the subsidy and request lists wait while the test holds the gate closed. */
    final class SlowApi extends ForwardingApi {
        SlowApi(Supplier<URI> base) {
            super(new ApiClient(base));
        }

        private void gate() {
            CountDownLatch gate = release;
            if (gate.getCount() > 0) {
                entered.countDown();
            }
            try {
                assertTrue(gate.await(30, TimeUnit.SECONDS), "the test opened the gate");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        @Override
        public Page<SubsidySummary> subsidies(String token, long residentId, int page, int size, Lang lang) {
            gate();
            Page<SubsidySummary> answer = delegate.subsidies(token, residentId, page, size, lang);
            subsidiesAnswered = answer;
            return answer;
        }

        @Override
        public Page<ServiceRequestSummary> requests(String token, long residentId, int page, int size, Lang lang) {
            gate();
            Page<ServiceRequestSummary> answer = delegate.requests(token, residentId, page, size, lang);
            requestsAnswered = answer;
            return answer;
        }
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (app != null) {
            app.close();
        }
    }

    private static List<String> rowIds(String prefix, List<Long> ids) {
        return ids.stream().map(id -> prefix + id).toList();
    }

    private Node shown() {
        return AppHarness.fx(() -> ((ScrollPane) app.scene().getRoot().lookup("#" + AppShell.ID_CONTENT)).getContent());
    }

    @Test
    void nothingOnTheDevice_showsProgress_andTheUiKeepsResponding() throws Exception {
        app = AppHarness.start(dataDir, null, SlowApi::new);
        app.signInAndWaitForHome("13900000001");
        release = new CountDownLatch(1);
        app.robot().clickOn(app.<Node>node("home-tile-subsidies"));
        assertTrue(entered.await(10, TimeUnit.SECONDS), "the request is under way");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(app.has(".hz-progress"), "progress is shown while waiting");
        assertTrue(app.has(".progress-indicator"));

        // the FX thread answers at once, many times over, while the request hangs
        long worst = 0;
        for (int i = 0; i < 20; i++) {
            long start = System.nanoTime();
            CountDownLatch ran = new CountDownLatch(1);
            Platform.runLater(ran::countDown);
            assertTrue(ran.await(2, TimeUnit.SECONDS));
            worst = Math.max(worst, System.nanoTime() - start);
        }
        assertTrue(worst < TimeUnit.MILLISECONDS.toNanos(500), "FX thread answered within " + worst / 1_000_000 + " ms");

        // and the person can still act: back home, then "me" in the bottom navigation, type there, come back
        app.robot().clickOn(app.<javafx.scene.Node>node(AppShell.ID_BACK));
        WaitForAsyncUtils.waitForFxEvents();
        app.robot().clickOn(app.<javafx.scene.Node>node(AppShell.NAV_PREFIX + "me"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new Destination.Settings(), app.current());
        TextField server = app.node("settings-server");
        app.scrollIntoView(server);
        app.robot().clickOn(server).write("https://x");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("https://x", AppHarness.fx(server::getText));
        assertEquals(1, release.getCount(), "the request is still pending");

        release.countDown();
        app.settle();
        app.go(new Destination.Subsidies());
        assertEquals(new Destination.Subsidies(), app.current());
        // exactly the subsidies the server answered, in its order, as rows
        List<Long> onServer = subsidiesAnswered.items().stream().map(SubsidySummary::id).toList();
        assertFalse(onServer.isEmpty(), "王秀兰 has subsidies in the demo district");
        assertEquals(rowIds(SubsidiesView.ROW_PREFIX, onServer), app.ids(SubsidiesView.ROW_PREFIX));
        assertFalse(app.has(ReadViews.ID_FRESHNESS), "fresh from the server: no note about its age");
    }

    @Test
    void somethingOnTheDevice_showsAtOnce_beforeASlowServerAnswers_andTheAnswerUpdatesTheSameScreen() throws Exception {
        app = AppHarness.start(dataDir, null, SlowApi::new);
        app.signInAndWaitForHome("13900000001");
        app.tap("home-tile-request");
        List<Long> before = requestsAnswered.items().stream().map(ServiceRequestSummary::id).toList();
        assertFalse(before.isEmpty(), "王秀兰 has requests in the demo district");
        assertEquals(rowIds(RequestsView.ROW_PREFIX, before), app.ids(RequestsView.ROW_PREFIX));
        app.tap(AppShell.ID_BACK);

        // meanwhile a new request reaches the server from elsewhere (her carer's phone, the town office)
        ApiClient direct = new ApiClient(() -> app.app().backend().baseUri());
        SessionResponse s = direct.signIn("13900000001", AppHarness.DEMO_PASSWORD, Lang.ZH);
        MeResponse me = direct.me(s.token(), Lang.ZH);
        long made = direct.createRequest(s.token(), me.actingFor().get(0).residentId(),
                new CreateServiceRequest(ServiceRequestType.OTHER, "想请人帮忙去镇上取药，每月一次。", null, null, "13900000001",
                        null, null, null, null, null, null, null, null), UUID.randomUUID().toString(), Lang.ZH)
                .summary().id();

        // and the network is slow: the list's request hangs
        release = new CountDownLatch(1);
        AppHarness.onFx(() -> app.app().navigator().go(new Destination.Requests()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(rowIds(RequestsView.ROW_PREFIX, before), app.ids(RequestsView.ROW_PREFIX),
                "the device's copy is on screen in the frame the screen opens");
        assertTrue(entered.await(10, TimeUnit.SECONDS), "the server is being asked");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(app.has(".hz-progress"), "no spinner: there is something to show");
        assertTrue(app.has("." + ReadViews.UPDATING), "the copy says how old it is and that it is being updated");
        assertFalse(app.has(RequestsView.ROW_PREFIX + made), "the server has not answered yet");
        assertEquals(1, release.getCount(), "the request is still pending");
        Node screen = shown();

        release.countDown();
        app.waitUntil("the server's answer", () -> app.has(RequestsView.ROW_PREFIX + made));
        app.settle();
        assertSame(screen, shown(), "the same screen, updated in place");
        assertEquals(new Destination.Requests(), app.current());
        List<Long> after = requestsAnswered.items().stream().map(ServiceRequestSummary::id).toList();
        assertEquals(before.size() + 1, after.size());
        assertEquals(rowIds(RequestsView.ROW_PREFIX, after), app.ids(RequestsView.ROW_PREFIX));
        assertFalse(app.has(ReadViews.ID_FRESHNESS), "fresh now: the note is gone");
    }
}
