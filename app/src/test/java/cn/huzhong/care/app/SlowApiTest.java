package cn.huzhong.care.app;

import cn.huzhong.care.app.data.ForwardingApi;
import cn.huzhong.care.app.data.remote.ApiClient;
import cn.huzhong.care.app.shell.AppShell;
import cn.huzhong.care.app.shell.Destination;
import cn.huzhong.care.core.api.Page;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.i18n.Lang;
import javafx.application.Platform;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A slow API proves the FX thread stays free: while the subsidies request hangs, the screen shows progress, the
 * FX thread answers within milliseconds, and the person can still type and go back.
 */
class SlowApiTest {
    @TempDir
    Path dataDir;
    AppHarness app;
    final CountDownLatch release = new CountDownLatch(1);
    final CountDownLatch entered = new CountDownLatch(1);

    /** The real client, except that the subsidy list waits until the test releases it. */
    final class SlowApi extends ForwardingApi {
        SlowApi(Supplier<URI> base) {
            super(new ApiClient(base));
        }

        @Override
        public Page<SubsidySummary> subsidies(String token, long residentId, int page, int size, Lang lang) {
            entered.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return delegate.subsidies(token, residentId, page, size, lang);
        }
    }

    @AfterEach
    void stop() {
        release.countDown();
        if (app != null) {
            app.close();
        }
    }

    @Test
    void pendingRequest_showsProgress_andTheUiKeepsResponding() throws Exception {
        app = AppHarness.start(dataDir, null, SlowApi::new);
        app.signInAndWaitForHome("13900000001");
        app.robot().clickOn(app.<javafx.scene.Node>node("home-tile-subsidies"));
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
        assertTrue(app.find("subsidy-row-1").isPresent() || !AppHarness.fx(() -> app.scene().getRoot().lookupAll(".hz-row").isEmpty()),
                "the list arrives");
    }
}
