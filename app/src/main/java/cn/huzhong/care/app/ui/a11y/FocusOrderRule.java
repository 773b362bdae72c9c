package cn.huzhong.care.app.ui.a11y;

import javafx.scene.Node;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@link AuditRule#FOCUS_ORDER}, from the {@link FocusWalk}: reported are focus not moving (trap), focus lost, focus
 * cycling back before the end (trap), the first place where the Tab order differs from reading order, nodes Tab never
 * reaches, and nodes Tab lands on that are not expected (not visible, enabled, focus-traversable author controls).
 */
public final class FocusOrderRule implements Rule {
    @Override
    public AuditRule id() {
        return AuditRule.FOCUS_ORDER;
    }

    @Override
    public boolean needsFocusWalk() {
        return true;
    }

    @Override
    public void check(AuditContext ctx) {
        FocusWalk.Result w = ctx.focusWalk();
        switch (w.end()) {
            case EMPTY:
                return;
            case FIRST_REFUSED:
                ctx.report(id(), w.stoppedAt(), "is first in reading order but cannot take focus");
                return;
            case LOST:
                ctx.report(id(), w.stoppedAt(), "Tab from here leaves nothing focused");
                break;
            case STUCK:
                // the only stop on the screen (a dialog with one action, a page with only its way back): nowhere to go
                if (w.expected().size() > 1) {
                    ctx.report(id(), w.stoppedAt(), "Tab does not move focus away from here: a focus trap");
                }
                break;
            case CYCLED_EARLY:
                ctx.report(id(), w.stoppedAt(), "Tab comes back here from " + NodePaths.step(w.cameFrom())
                        + " before reaching the rest of the screen: a focus trap");
                break;
            default:
                break;
        }
        List<Node> expected = w.expected();
        List<Node> visited = w.visited();
        Set<Node> expectedSet = new HashSet<>(expected);
        Set<Node> visitedSet = new HashSet<>(visited);
        List<Node> reachedInTabOrder = visited.stream().filter(expectedSet::contains).toList();
        List<Node> reachedInReadingOrder = expected.stream().filter(visitedSet::contains).toList();
        for (int i = 0; i < reachedInTabOrder.size(); i++) {
            if (reachedInTabOrder.get(i) != reachedInReadingOrder.get(i)) {
                String prev = i == 0 ? "the start" : NodePaths.step(reachedInTabOrder.get(i - 1));
                ctx.report(id(), reachedInTabOrder.get(i), "Tab goes here from " + prev
                        + ", but reading order (top to bottom, start to end) goes to "
                        + NodePaths.path(reachedInReadingOrder.get(i)) + ": make the child order follow the layout");
                break;
            }
        }
        for (Node v : visited) {
            if (!expectedSet.contains(v)) {
                ctx.report(id(), v, "Tab lands here, but it is not a visible, enabled, focus-traversable"
                        + " control of the screen");
            }
        }
        for (Node e : expected) {
            if (!visitedSet.contains(e)) {
                ctx.report(id(), e, "Tab never reaches it");
            }
        }
    }
}
