package cn.huzhong.care.app.ui.a11y;

import java.util.List;
import java.util.Locale;

import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.DECORATIVE;
import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.IMAGE;

/**
 * {@link AuditRule#REDUNDANT_WORDS}: the name of an interactive node or an image contains, ignoring case, one of
 * {@link #REDUNDANT_WORDS}.
 */
public final class RedundantWordsRule implements Rule {
    /** Words that name the role or the gesture: a screen reader already says them. */
    public static final List<String> REDUNDANT_WORDS = List.of("按钮", "button", "点击", "click");

    @Override
    public AuditRule id() {
        return AuditRule.REDUNDANT_WORDS;
    }

    @Override
    public void check(AuditContext ctx) {
        for (SemanticNode s : ctx.model().nodes()) {
            if (!(s.interactive() || s.is(IMAGE)) || s.is(DECORATIVE)) {
                continue;
            }
            String lower = s.name().toLowerCase(Locale.ROOT);
            for (String word : REDUNDANT_WORDS) {
                if (lower.contains(word)) {
                    ctx.report(id(), s.node(), Names.quote(s.name()) + " contains " + Names.quote(word)
                            + ": the role and gesture are said by the screen reader; name only the action");
                    break;
                }
            }
        }
    }
}
