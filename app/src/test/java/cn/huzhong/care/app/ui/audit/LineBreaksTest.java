package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.app.ui.a11y.LineBreaks;
import cn.huzhong.care.app.ui.a11y.Names;
import cn.huzhong.care.app.ui.a11y.ProtectedTokens;
import cn.huzhong.care.app.ui.a11y.TextLines;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link LineBreaks}, laid out headless with the bundled font at every width from narrow to wide, and the facts about
 * JavaFX's line breaker that it is built on (so a JavaFX or JDK upgrade that changes them fails here).
 */
class LineBreaksTest {
    private static final List<String> SENTENCES = List.of(
            "请在下午2:00前到达，时间14:00开始。",
            "预约时间：2026年12月3日（周四）下午2点30分，地点呼中镇卫生院。",
            "本月补贴¥1,800.00已发放，每月80 元/月的护理补贴另计。",
            "有问题请打12385或139 0000 0001，证号23010219500312341X。",
            "日期2026-12-03，金额1800元，请稍候……",
            "他说：“好的”。《通知》【重要】（请看）",
            "Your visit is on 3 December 2026 at 2:30 pm; call 139 0000 0001 with questions.");

    private static Font font;

    @BeforeAll
    static void font() {
        AuditFixture.show(DisplayMode.DEFAULT, VBox::new); // loads the bundled font
        font = AuditFixture.onFx(() -> Font.font("Droid Sans Fallback", 18));
        assertEquals("Droid Sans Fallback", font.getFamily());
    }

    private static double width(String s) {
        return AuditFixture.onFx(() -> {
            Text t = new Text(s);
            t.setFont(font);
            return t.getLayoutBounds().getWidth();
        });
    }

    /** The lines of {@code s} wrapped at {@code w} px. */
    private static List<String> lines(String s, double w) {
        return AuditFixture.onFx(() -> {
            Text t = new Text(s);
            t.setFont(font);
            t.setWrappingWidth(w);
            return TextLines.of(t).stream().map(l -> l.of(s)).toList();
        });
    }

    private static List<Integer> breaks(List<String> lines) {
        List<Integer> out = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < lines.size() - 1; i++) {
            at += lines.get(i).length();
            out.add(at);
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------ JavaFX facts

    @Test
    void javafx_breaksAfterTheColonOfATime_andU2060WordJoinerDoesNotPreventIt() {
        double w = width("下午2:") + 2;
        List<String> plain = lines("下午2:00开始", w);
        assertEquals("下午2:", plain.get(0));
        assertTrue(plain.get(1).startsWith("00"), plain::toString);
        List<String> joined = lines("下午2\u2060:\u206000开始", w);
        assertEquals("下午2:", LineBreaks.plain(joined.get(0)), "U+2060 is ignored by the JDK line breaker");
    }

    @Test
    void javafx_u00FEFFGluesInHanText_onBothSides() {
        double w = width("下午2:") + 2;
        List<String> glued = lines("下午2\uFEFF:\uFEFF00开始", w);
        assertEquals("下午", glued.get(0));
        assertTrue(LineBreaks.plain(glued.get(1)).startsWith("2:00"), glued::toString);
        List<String> word = lines("登\uFEFF录以后打\uFEFF电\uFEFF话", width("登录以后打电") + 2);
        assertEquals(List.of("登录以后", "打电话"), word.stream().map(LineBreaks::plain).toList());
    }

    @Test
    void javafx_noBreakSpacesGlue_aPlainSpaceBreaks() {
        double w = width("电话139 0000") + 2;
        assertEquals(List.of("电话139 0000 ", "0001或"), lines("电话139 0000 0001或", w));
        for (char nbsp : new char[] {'\u00A0', '\u202F', '\u2007'}) {
            String s = "电话139" + nbsp + "0000" + nbsp + "0001或";
            assertEquals("电话", lines(s, width(s) - 20).get(0), () -> "U+" + Integer.toHexString(nbsp));
        }
    }

    @Test
    void javafx_zeroWidthSpaceGivesNoBreakInLatinText_theLineIsCutByCharacters() {
        String s = "Appointment\u200Bbooking";
        List<String> l = lines(s, width("Appointment\u200Bboo") + 1);
        assertEquals("Appointment\u200Bboo", l.get(0), "no break at U+200B: the line is cut where it is full");
    }

    @Test
    void javafx_glueCharactersHaveNoWidthInTheBundledFont_noBreakSpaceHas() {
        double ab = width("ab");
        for (char c : new char[] {'\uFEFF', '\u2060', '\u200B'}) {
            assertEquals(ab, width("a" + c + "b"), 0.01, () -> "U+" + Integer.toHexString(c));
        }
        assertTrue(width("a\u00A0b") > ab + 4, "U+00A0 is as wide as a space");
    }

    @Test
    void javafx_hanBreaksAnywhere_butNotBeforeClosingPunctuation() {
        assertEquals(List.of("请在月", "底前提", "交。"), lines("请在月底前提交。", width("请在月") + 2));
    }

    // ------------------------------------------------------------------------------------------ tokens

    @Test
    void protectedTokens_foundInChineseAndEnglish() {
        String s = "下午2:00、2点30分、2026年12月3日（周四）、12月3日、2026-12-03、¥1,800.00、1800元、80 元/月、"
                + "12385、139 0000 0001、23010219500312341X、232764********0215**、HZ-2026-0001、3 December 2026、2:30 pm、110";
        List<String> found = ProtectedTokens.find(s).stream().map(t -> t.kind() + "=" + t.text()).toList();
        assertEquals(List.of("TIME=下午2:00", "TIME=2点30分", "DATE=2026年12月3日（周四）", "DATE=12月3日",
                "DATE=2026-12-03", "AMOUNT=¥1,800.00", "AMOUNT=1800元", "AMOUNT=80 元/月", "PHONE=12385",
                "PHONE=139 0000 0001", "ID=23010219500312341X", "ID=232764********0215**", "ID=HZ-2026-0001", "DATE=3 December 2026",
                "TIME=2:30 pm", "NUMBER=110"), found);
    }

    @Test
    void protectedTokens_foundAgainInProtectedText_atTheSamePlaces() {
        for (String s : SENTENCES) {
            String p = LineBreaks.protect(s);
            List<String> plain = ProtectedTokens.find(s).stream().map(t -> t.text()).toList();
            List<String> again = ProtectedTokens.find(p).stream().map(t -> LineBreaks.plain(t.text())).toList();
            assertEquals(plain, again, s);
        }
    }

    // ------------------------------------------------------------------------------------------ protect

    /** What is wrong with {@code s} laid out at {@code w}: breaks inside tokens that fit, punctuation on the wrong side. */
    private static List<String> problems(String s, double w) {
        List<String> lines = lines(s, w);
        List<String> out = new ArrayList<>();
        List<ProtectedTokens.Token> tokens = ProtectedTokens.find(s);
        List<Integer> breaks = breaks(lines);
        for (int i = 0; i < breaks.size(); i++) {
            int k = breaks.get(i);
            for (ProtectedTokens.Token t : tokens) {
                if (t.breaksAt(k) && width(t.text()) <= w) {
                    out.add("w=" + w + " breaks " + LineBreaks.plain(t.text()) + ": " + lines);
                }
            }
            if (forced(s, k)) {
                continue; // no break opportunity fitted: JavaFX cut the line by characters (more room is the only fix)
            }
            String next = LineBreaks.plain(lines.get(i + 1)).strip();
            String prev = LineBreaks.plain(lines.get(i)).strip();
            if (!next.isEmpty() && LineBreaks.CLOSING.indexOf(next.charAt(0)) >= 0) {
                out.add("w=" + w + " line starts with " + next.charAt(0) + ": " + lines);
            }
            if (!prev.isEmpty() && LineBreaks.OPENING.indexOf(prev.charAt(prev.length() - 1)) >= 0) {
                out.add("w=" + w + " line ends with " + prev.charAt(prev.length() - 1) + ": " + lines);
            }
        }
        return out;
    }

    /**
     * Whether JavaFX had no break opportunity for the break at {@code k} and cut the line where it was full: with an
     * ideograph in the text it asks the JDK's line BreakIterator, else it breaks only after whitespace.
     */
    private static boolean forced(String s, int k) {
        if (s.codePoints().anyMatch(Character::isIdeographic)) {
            java.text.BreakIterator b = java.text.BreakIterator.getLineInstance();
            b.setText(s);
            return !b.isBoundary(k);
        }
        return !Character.isWhitespace(s.charAt(k - 1));
    }

    @Test
    void protect_keepsEveryTokenWhole_andPunctuationOnTheRightSide_atEveryWidth() {
        int rawProblems = 0;
        for (String s : SENTENCES) {
            String p = LineBreaks.protect(s);
            double full = width(s);
            for (double w = 36; w <= full + 10; w += 1) {
                rawProblems += problems(s, w).size();
                List<String> left = problems(p, w);
                assertTrue(left.isEmpty(), () -> String.join("\n", left));
            }
        }
        assertTrue(rawProblems > 100, "the unprotected sentences do break badly (" + rawProblems + " bad layouts)");
    }

    @Test
    void protect_stillLetsChineseBreakBetweenHanCharacters() {
        String p = LineBreaks.protect("请在月底前提交材料和照片。");
        assertEquals(List.of("请在月底", "前提交材", "料和照", "片。"),
                lines(p, width("请在月底") + 2).stream().map(LineBreaks::plain).toList(),
                "breaks between Han characters, and keeps 。 with the character before it");
    }

    @Test
    void protect_isIdempotent_andPlainGivesTheTextBack() {
        for (String s : SENTENCES) {
            String p = LineBreaks.protect(s);
            assertEquals(p, LineBreaks.protect(p), s);
            assertEquals(s, LineBreaks.plain(p), s);
            assertEquals(Names.clean(s), Names.clean(p), "a screen reader gets the same words");
            assertTrue(p.indexOf('\u00A0') >= 0 || !s.contains(" "), "spaces inside tokens became no-break spaces");
        }
        assertEquals(null, LineBreaks.protect(null));
    }

    // ------------------------------------------------------------------------------------------ short labels

    @Test
    void shortLabel_wrapsOnlyAtSpacesAndU200B_atEveryWidthThatHoldsItsLongestWord() {
        List<String> labels = List.of("预约\u200B康复服务", "打电话给社区", "Book a visit", "刘洋的\u200B残疾人证");
        for (String label : labels) {
            String s = LineBreaks.shortLabel(label);
            double longestWord = 0;
            for (String word : LineBreaks.plain(label).replace('\u200B', ' ').split(" ")) {
                longestWord = Math.max(longestWord, width(word));
            }
            for (double w = Math.ceil(longestWord) + 1; w <= width(s) + 10; w += 1) {
                for (int k : breaks(lines(s, w))) {
                    char before = s.charAt(k - 1);
                    assertTrue(Names.isSpace(before) || before == LineBreaks.BREAK,
                            "“" + label + "” at " + w + " px breaks inside a word: " + lines(s, w));
                }
            }
        }
        assertFalse(breaks(lines("打电话给社区", width("打电话") + 2)).isEmpty(), "unglued, it breaks inside");
    }
}
