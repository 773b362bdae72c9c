package cn.huzhong.care.app.ui.a11y;

/**
 * The checks of the accessibility audit table (ACCESSIBILITY.md), one constant per row, in the table's order. A
 * violation names its rule by {@link #name()}; {@link #check()} is the row's title and {@link #rule()} what it
 * demands. Every rule but {@link #RESULT_IN_VIEW} is decided from one scene ({@link Audit#audit}); that one needs
 * an action and is checked with {@link ResultInView}.
 */
public enum AuditRule {
    SPEAKABLE_TEXT("Speakable text",
            "every visible node that is focus-traversable, clickable, an input or an image has a non-empty accessible TEXT"),
    ROLE("Role", "interactive nodes report a role other than NODE / PARENT"),
    LABELLED_INPUT("Labelled inputs",
            "every input has a visible label linked with labelFor; prompt text is never the only label"),
    TOUCH_TARGET("Touch target", "clickable nodes are at least 48 × 48 px; main tiles and primary buttons at least 60 × 60 px"),
    TEXT_SIZE("Text size", "body text at least 18 px at 100 % (36 px at 200 %): everything sized in em"),
    CONTRAST("Contrast", "text against its resolved background ≥ 4.5:1 (≥ 3:1 for large text); ≥ 7:1 in high contrast"),
    NO_TRUNCATION("No truncation", "no label is truncated (ellipsis) and nothing needs horizontal scrolling"),
    DUPLICATE_TEXT("Duplicate speakable text", "no two clickable nodes say the same thing unless they do the same thing"),
    REDUNDANT_WORDS("Redundant words", "accessible text does not contain the role or the gesture (按钮, button, 点击, click)"),
    FOCUS_ORDER("Focus order", "Tab order equals reading order and reaches every interactive node; no focus trap"),
    COLOUR_NOT_ALONE("Colour not alone", "a status is never shown by colour only: it has text"),
    ERRORS("Errors", "a field error is text under the field, linked as the field's help; focus is on the first invalid field"),
    CLIPPING("Clipping", "no text is cut by its container or the screen edge, in any mode"),
    NON_TEXT_CONTRAST("Non-text contrast",
            "icons, focus rings and the borders of controls ≥ 3:1 against what is behind them"),
    LINE_BREAKS("Line breaks", "times, dates, amounts, phone and id numbers, quoted terms and Chinese names in English text"
            + " never break inside; no line starts with"
            + " closing or ends with opening punctuation; short labels never break inside a word"),
    RESULT_IN_VIEW("Results in view",
            "after an action, what it produced is inside the viewport and focused or announced"),
    FIXED_AREAS("Fixed areas", "bars that do not scroll take at most 25 % of the screen height"),
    DESTRUCTIVE_ACTION("Destructive actions",
            "a destructive action is never styled as the primary one; the safe choice comes first"),
    TEXT_GAP("Texts apart", "two texts side by side keep at least a quarter of their font size between them; they never"
            + " touch or overlap");

    private final String check;
    private final String rule;

    AuditRule(String check, String rule) {
        this.check = check;
        this.rule = rule;
    }

    /** The row's title in ACCESSIBILITY.md. */
    public String check() {
        return check;
    }

    /** What the row demands, in one line. */
    public String rule() {
        return rule;
    }

    /** Whether {@link Audit#audit} decides this rule from a scene alone (all but {@link #RESULT_IN_VIEW}). */
    public boolean sceneRule() {
        return this != RESULT_IN_VIEW;
    }
}
