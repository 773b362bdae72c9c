package cn.huzhong.care.app.feature.certificate;

import cn.huzhong.care.app.data.FakeRepositories;
import cn.huzhong.care.app.data.Fixtures;
import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.app.shell.Freshness;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CertificateViewModelTest {
    final FakeRepositories repos = new FakeRepositories();
    final CertificateViewModel vm = new CertificateViewModel(repos, Messages.of(Lang.ZH), Fixtures.CLOCK, Runnable::run);

    @Test
    void reveal_thenHide_returnsToTheMaskedNumberWithoutTheNetwork() {
        repos.certificate.then(FakeRepositories.fresh(Fixtures.certificate(false)));
        vm.load();
        var pending = repos.reveal.thenWait();
        vm.reveal();
        CertificateUiState.Content waiting = assertInstanceOf(CertificateUiState.Content.class, vm.state());
        assertTrue(waiting.revealing());
        assertFalse(waiting.revealed());
        pending.complete(Fixtures.certificate(true));
        CertificateUiState.Content shown = assertInstanceOf(CertificateUiState.Content.class, vm.state());
        assertEquals("23276419630512001141", shown.certificate().number());
        vm.hide();
        CertificateUiState.Content hidden = assertInstanceOf(CertificateUiState.Content.class, vm.state());
        assertEquals("2327**********001141", hidden.certificate().number());
        assertEquals(2, repos.calls.size(), "hiding asked nothing of the server: " + repos.calls);
    }

    @Test
    void revealOffline_keepsTheNumberMasked_andSaysWhy() {
        Instant saved = Instant.parse("2026-11-27T01:00:00Z");
        repos.certificate.then(FakeRepositories.cached(Fixtures.certificate(false), saved));
        repos.reveal.thenFail(Fixtures.offline());
        vm.load();
        vm.reveal();
        CertificateUiState.Content c = assertInstanceOf(CertificateUiState.Content.class, vm.state());
        assertFalse(c.revealed());
        assertTrue(c.freshness().fromCache());
        assertEquals(saved, c.freshness().savedAt());
        assertEquals(Freshness.State.OFFLINE, c.freshness().state());
        assertTrue(c.revealError().startsWith("无法显示完整证号"), c.revealError());
    }

    @Test
    void aFresherCopyArrivingWhileTheNumberIsShown_leavesItShown() {
        var pending = repos.certificate.thenWait();
        pending.cached(Fixtures.certificate(false), Instant.parse("2026-11-27T01:00:00Z"));
        repos.reveal.then(Fixtures.certificate(true));
        vm.load();
        vm.reveal();
        assertTrue(assertInstanceOf(CertificateUiState.Content.class, vm.state()).revealed());
        pending.answer(Fixtures.certificate(false));
        CertificateUiState.Content c = assertInstanceOf(CertificateUiState.Content.class, vm.state());
        assertTrue(c.revealed(), "the person asked to see it; a refresh does not hide it");
        assertEquals(Freshness.State.FRESH, c.freshness().state());
        vm.hide();
        assertFalse(assertInstanceOf(CertificateUiState.Content.class, vm.state()).revealed());
    }

    @Test
    void loadFails_thenRetry_shows() {
        repos.certificate.thenFail(Fixtures.offline()).then(FakeRepositories.fresh(Fixtures.certificate(false)));
        vm.load();
        assertInstanceOf(CertificateUiState.Failed.class, vm.state());
        vm.load();
        assertNull(assertInstanceOf(CertificateUiState.Content.class, vm.state()).revealError());
    }
}
