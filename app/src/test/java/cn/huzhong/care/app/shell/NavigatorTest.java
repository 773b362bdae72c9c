package cn.huzhong.care.app.shell;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NavigatorTest {
    @Test
    void backStack_goBackResetReplace() {
        Navigator n = new Navigator(new Destination.Home());
        assertFalse(n.canGoBackProperty().get());
        assertFalse(n.back());
        n.go(new Destination.Subsidies());
        n.go(new Destination.SubsidyDetail(3));
        assertEquals(List.of(new Destination.SubsidyDetail(3), new Destination.Subsidies(), new Destination.Home()), n.stack());
        assertTrue(n.back());
        assertEquals(new Destination.Subsidies(), n.current());
        n.replace(new Destination.BenefitFinder());
        assertTrue(n.back());
        assertEquals(new Destination.Home(), n.current());
        n.go(new Destination.Settings());
        n.resetTo(new Destination.SignIn());
        assertEquals(List.of(new Destination.SignIn()), n.stack());
    }

    @Test
    void goingToTheSameScreenAgain_isAnnounced_soItReloads() {
        Navigator n = new Navigator(new Destination.Home());
        List<Destination> seen = new ArrayList<>();
        n.currentProperty().addListener((o, a, d) -> {
            if (d != null) {
                seen.add(d);
            }
        });
        n.resetTo(new Destination.Home());
        assertEquals(List.of(new Destination.Home()), seen);
    }

    @Test
    void finish_goesBackToTheBase_thenOpensTheResult() {
        Navigator n = new Navigator(new Destination.Home());
        n.go(new Destination.Requests());
        n.go(new Destination.RequestTypes());
        n.go(new Destination.RequestForm(cn.huzhong.care.core.domain.ServiceRequestType.HOME_VISIT));
        n.finish(new Destination.Requests(), new Destination.RequestDetail(5, true));
        assertEquals(List.of(new Destination.RequestDetail(5, true), new Destination.Requests(), new Destination.Home()),
                n.stack());
    }

    @Test
    void finish_withoutTheBaseInTheStack_putsItUnderTheResult() {
        Navigator n = new Navigator(new Destination.Home());
        n.go(new Destination.RequestForm(cn.huzhong.care.core.domain.ServiceRequestType.RESPITE_CARE));
        n.finish(new Destination.Requests(), null);
        assertEquals(List.of(new Destination.Requests(), new Destination.Home()), n.stack());
    }
}
