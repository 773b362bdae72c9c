package cn.huzhong.care.app.ui.a11y;

import cn.huzhong.care.app.ui.A11y;
import javafx.scene.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static cn.huzhong.care.app.ui.a11y.SemanticNode.Trait.CLICKABLE;

/**
 * {@link AuditRule#DUPLICATE_TEXT}: two visible clickable nodes whose names are equal (ignoring case and spacing) are
 * reported, after the first, unless all of them carry the same non-null {@code hz.action}.
 */
public final class DuplicateTextRule implements Rule {
    @Override
    public AuditRule id() {
        return AuditRule.DUPLICATE_TEXT;
    }

    @Override
    public void check(AuditContext ctx) {
        Map<String, List<SemanticNode>> byName = new LinkedHashMap<>();
        for (SemanticNode s : ctx.model().nodes()) {
            if (s.is(CLICKABLE) && !s.name().isEmpty()) {
                byName.computeIfAbsent(s.name().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<SemanticNode> same : byName.values()) {
            if (same.size() < 2) {
                continue;
            }
            Object action = same.get(0).node().getProperties().get(A11y.ACTION_KEY);
            if (action != null && same.stream().allMatch(s -> action.equals(s.node().getProperties().get(A11y.ACTION_KEY)))) {
                continue;
            }
            Node first = same.get(0).node();
            for (SemanticNode s : same.subList(1, same.size())) {
                ctx.report(id(), s.node(), "says " + Names.quote(s.name()) + " like " + NodePaths.path(first)
                        + ": name what each acts on, or, if they do the same thing, give both the same "
                        + A11y.ACTION_KEY);
            }
        }
    }
}
