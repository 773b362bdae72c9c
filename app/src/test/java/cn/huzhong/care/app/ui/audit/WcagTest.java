package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.a11y.Wcag;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WcagTest {
    @Test
    void contrastRatio_blackOnWhite_is21to1() {
        assertEquals(21.0, Wcag.contrastRatio(Color.BLACK, Color.WHITE), 1e-9);
        assertEquals(21.0, Wcag.contrastRatio(Color.WHITE, Color.BLACK), 1e-9);
    }

    @Test
    void contrastRatio_sameColour_is1to1() {
        assertEquals(1.0, Wcag.contrastRatio(Color.web("#0b57d0"), Color.web("#0b57d0")), 1e-9);
    }

    @Test
    void contrastRatio_greysAroundTheThresholds_fallOnTheExpectedSide() {
        assertTrue(Wcag.contrastRatio(Color.web("#767676"), Color.WHITE) >= 4.5);
        assertTrue(Wcag.contrastRatio(Color.web("#777777"), Color.WHITE) < 4.5);
        assertTrue(Wcag.contrastRatio(Color.web("#595959"), Color.WHITE) >= 7.0);
        assertTrue(Wcag.contrastRatio(Color.web("#5a5a5a"), Color.WHITE) < 7.0);
        assertTrue(Wcag.contrastRatio(Color.web("#949494"), Color.WHITE) >= 3.0);
        assertTrue(Wcag.contrastRatio(Color.web("#959595"), Color.WHITE) < 3.0);
    }

    @Test
    void relativeLuminance_primaries_matchTheWcagCoefficients() {
        assertEquals(0.2126, Wcag.relativeLuminance(Color.rgb(255, 0, 0)), 1e-9);
        assertEquals(0.7152, Wcag.relativeLuminance(Color.rgb(0, 255, 0)), 1e-9);
        assertEquals(0.0722, Wcag.relativeLuminance(Color.rgb(0, 0, 255)), 1e-9);
    }

    @Test
    void over_halfTransparentBlackOnWhite_isMidGrey() {
        Color c = Wcag.over(Color.color(0, 0, 0, 0.5), 1, Color.WHITE);
        assertEquals(0.5, c.getRed(), 1e-9);
        assertEquals("#808080", Wcag.hex(c));
        assertEquals(Color.WHITE, Wcag.over(Color.BLACK, 0, Color.WHITE));
    }
}
