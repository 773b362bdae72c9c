package cn.huzhong.care.core.hotline;

import cn.huzhong.care.core.i18n.Lang;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HotlinesTest {
    private final List<Hotline> lines = Hotlines.standard();

    @Test
    void directory_emergencyNumbersComeFirst() {
        int firstOther = -1;
        int lastEmergency = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).emergency()) {
                lastEmergency = i;
            } else if (firstOther < 0) {
                firstOther = i;
            }
        }
        assertEquals(List.of("120", "110", "119"), lines.stream().filter(Hotline::emergency).map(Hotline::number).toList());
        assertTrue(lastEmergency < firstOther, "120, 110 and 119 before every other line");
    }

    @Test
    void demoNumbers_areMarkedInTheData_notInTheText() {
        assertTrue(lines.stream().anyMatch(h -> h.id().equals("federation") && h.demo()), "the office number is demo data");
        assertFalse(lines.stream().anyMatch(h -> h.id().equals("12385") && h.demo()));
        for (Hotline h : lines) {
            for (Lang l : Lang.values()) {
                String all = h.name().in(l) + h.handles().in(l) + h.hours().in(l);
                assertFalse(all.contains("演示") || all.toLowerCase().contains("demo"), h.id() + " says 'demo' to people: " + all);
            }
        }
    }
}
