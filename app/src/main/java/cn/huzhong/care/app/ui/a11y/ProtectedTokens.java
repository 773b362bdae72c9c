package cn.huzhong.care.app.ui.a11y;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The runs of text that must never break across lines (DESIGN.md: "names of people and places, dates, times and
 * amounts are never broken"), as found by {@link LineBreaks#protect} and the {@link LineBreaksRule}:
 * <ul>
 * <li>{@link Kind#TIME}: {@code 14:00}, {@code 下午2:00}, {@code 下午 2:30}, {@code 2点30分}, {@code 14时}, {@code 2:30 pm},
 * {@code 2 PM}, and ranges of them ({@code 9:00–11:30}, {@code 9:00至11:00});</li>
 * <li>{@link Kind#DATE}: {@code 2026年12月3日}, {@code 2026年12月}, {@code 12月3日}, {@code 12月3号}, with a following
 * {@code （周四）}; {@code 2026-12-03}, {@code 2026/12/3}; {@code 3 December 2026}, {@code Dec 3, 2026}, {@code Thu 3 Dec};</li>
 * <li>{@link Kind#AMOUNT}: {@code ¥1,800.00}, {@code ￥80/月}, {@code 1800元}, {@code 80 元/月}, {@code 1.5万元},
 * {@code RMB 1,800}, {@code 80 yuan a month};</li>
 * <li>{@link Kind#PHONE}: {@code 139 0000 0001}, {@code 139-0000-0001}, {@code 0457-1234567}, {@code 13900000001},
 * {@code 12385}, and any digits grouped by single spaces or hyphens ({@code 2301 0219 5003 1234 12});</li>
 * <li>{@link Kind#ID}: letters, digits and masking stars with at least one digit, six or more long
 * ({@code 23010219500312341X}, {@code 232764********0215**}, {@code HZ2026A}), or joined by hyphens
 * ({@code HZ-2026-0001});</li>
 * <li>{@link Kind#NUMBER}: any other number ({@code 110}, {@code 1,800.50});</li>
 * <li>{@link Kind#TERM}: a short term in quotation marks, two to eight characters without spaces or punctuation
 * ({@code “包保联系人”}, {@code 「一人一策」}): a word being explained, which a reader must see whole;</li>
 * <li>{@link Kind#NAME}: in a text mostly in Latin letters (the English interface), a run of two to twelve Han
 * characters: a person's or a place's name ({@code Good morning, 王秀兰}, {@code Call 周敏}), never split.</li>
 * </ul>
 * Matching ignores the invisible line-breaking glue (U+FEFF, U+2060, U+200B) and treats U+00A0 and U+202F as spaces,
 * so a protected string is found again at the same places. Overlapping matches merge into one token.
 */
public final class ProtectedTokens {
    /** What a token is (said in the audit's messages). */
    public enum Kind {
        TIME("time"), DATE("date"), AMOUNT("amount"), PHONE("phone number"), ID("id number"), NUMBER("number"),
        TERM("quoted term"), NAME("Chinese name");

        private final String words;

        Kind(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** A token: {@code [start, end)} in the string it was found in (glue included), and its text there. */
    public record Token(Kind kind, int start, int end, String text) {
        /** Whether a line that starts at {@code offset} would break this token. */
        public boolean breaksAt(int offset) {
            return offset > start && offset < end;
        }
    }

    private static final String S = "[ \\u00a0\\u202f]";
    private static final String PERIOD = "(?:上午|下午|中午|晚上|凌晨|早上|早晨|傍晚|夜里|夜间)";
    private static final String AMPM = "(?:" + S + "?(?:[AaPp]\\.?[Mm]\\.?)(?![A-Za-z]))";
    private static final String CLOCK = "(?:" + PERIOD + S + "?)?\\d{1,2}[:：]\\d{2}(?:[:：]\\d{2})?" + AMPM + "?";
    private static final String HOUR_ZH = "(?:" + PERIOD + S + "?)?\\d{1,2}[点时](?:\\d{1,2}分|半|整)?";
    private static final String HOUR_EN = "\\d{1,2}" + AMPM;
    private static final String ONE_TIME = "(?:" + CLOCK + "|" + HOUR_ZH + "|" + HOUR_EN + ")";
    private static final String TIME = ONE_TIME + "(?:" + S + "?[-–—~～至到]" + S + "?" + ONE_TIME + ")?";

    private static final String WEEKDAY_ZH = "(?:" + S + "?[（(](?:周|星期|礼拜)[一二三四五六日天][）)])";
    private static final String DATE_ZH = "(?:\\d{4}年\\d{1,2}月(?:\\d{1,2}[日号])?|\\d{1,2}月\\d{1,2}[日号])" + WEEKDAY_ZH + "?";
    private static final String DATE_NUM = "\\d{4}[-/.]\\d{1,2}[-/.]\\d{1,2}";
    private static final String MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final String WEEKDAY_EN = "(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day)?\\.?,?" + S + ")";
    private static final String DATE_EN = "\\b" + WEEKDAY_EN + "?(?:\\d{1,2}" + S + MONTH + "(?:,?" + S + "\\d{4})?|"
            + MONTH + S + "\\d{1,2}(?:,?" + S + "\\d{4})?)(?![A-Za-z])";

    private static final String NUM = "\\d[\\d,]*(?:\\.\\d+)?";
    private static final String PER = "(?:" + S + "?[/／每]" + S + "?(?:个月|小时|月|年|次|天|日|人|周|month|year|day|week|time|hour)"
            + "|" + S + "(?:per|a|an)" + S + "(?:month|year|day|week|time|hour))";
    private static final String AMOUNT = "(?:[¥￥$]|(?:RMB|CNY)" + S + "?)" + S + "?" + NUM + "(?:" + S + "?(?:万元|元|万|块))?" + PER + "?"
            + "|" + NUM + S + "?(?:万元|元|块|角)" + PER + "?"
            + "|" + NUM + S + "(?:yuan|RMB|CNY)(?![A-Za-z])" + PER + "?";

    private static final String PHONE = "(?<![\\d])(?:\\d{2,6}(?:[- \\u00a0\\u202f]\\d{2,6}){2,}|\\d{3,4}-\\d{7,8}"
            + "|1\\d{10}|\\d{5})(?![\\d])";
    private static final String ID = "(?<![A-Za-z0-9*•])(?:(?=[A-Za-z0-9*•]*\\d)[A-Za-z0-9*•]{6,}"
            + "|(?=[A-Za-z0-9-]*\\d)[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+)(?![A-Za-z0-9*•])";
    private static final String NUMBER = "\\d+(?:[.,]\\d+)*";
    private static final String TERM = "[“\"「『][^\\s“”\"「」『』，。、；：！？,.;:!?()（）]{2,8}[”\"」』]";

    private static final List<Object[]> PATTERNS = List.of(
            new Object[] {Kind.DATE, Pattern.compile(DATE_ZH + "|" + DATE_NUM + "|" + DATE_EN)},
            new Object[] {Kind.TIME, Pattern.compile(TIME)},
            new Object[] {Kind.AMOUNT, Pattern.compile(AMOUNT)},
            new Object[] {Kind.PHONE, Pattern.compile(PHONE)},
            new Object[] {Kind.ID, Pattern.compile(ID)},
            new Object[] {Kind.NUMBER, Pattern.compile(NUMBER)},
            new Object[] {Kind.TERM, Pattern.compile(TERM)});

    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}{2,12}");

    private ProtectedTokens() {
    }

    /** Whether {@code c} is invisible line-breaking glue: U+FEFF, U+2060 or U+200B. */
    public static boolean isGlue(char c) {
        return c == LineBreaks.GLUE || c == LineBreaks.WORD_JOINER || c == LineBreaks.BREAK;
    }

    /** The protected tokens of {@code text}, in order, not overlapping. */
    public static List<Token> find(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        StringBuilder plain = new StringBuilder(text.length());
        int[] rawIndex = new int[text.length() + 1];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isGlue(c)) {
                rawIndex[plain.length()] = i;
                plain.append(c);
            }
        }
        rawIndex[plain.length()] = text.length();
        List<int[]> spans = new ArrayList<>(); // start, end (plain), kind ordinal
        for (Object[] p : PATTERNS) {
            Matcher m = ((Pattern) p[1]).matcher(plain);
            while (m.find()) {
                if (m.end() > m.start()) {
                    spans.add(new int[] {m.start(), m.end(), ((Kind) p[0]).ordinal()});
                }
            }
        }
        int latin = 0;
        int han = 0;
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
                latin++;
            } else if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                han++;
            }
        }
        if (latin > han) {
            Matcher m = HAN_RUN.matcher(plain);
            while (m.find()) {
                spans.add(new int[] {m.start(), m.end(), Kind.NAME.ordinal()});
            }
        }
        spans.sort(Comparator.<int[]>comparingInt(s -> s[0]).thenComparingInt(s -> -s[1]).thenComparingInt(s -> s[2]));
        List<Token> out = new ArrayList<>();
        int[] cur = null;
        for (int[] s : spans) {
            if (cur != null && s[0] < cur[1]) {
                cur[1] = Math.max(cur[1], s[1]);
                continue;
            }
            if (cur != null) {
                out.add(token(text, rawIndex, cur));
            }
            cur = s.clone();
        }
        if (cur != null) {
            out.add(token(text, rawIndex, cur));
        }
        return List.copyOf(out);
    }

    private static Token token(String raw, int[] rawIndex, int[] span) {
        int start = rawIndex[span[0]];
        int end = rawIndex[span[1] - 1] + 1;
        return new Token(Kind.values()[span[2]], start, end, raw.substring(start, end));
    }
}
