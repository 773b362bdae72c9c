package cn.huzhong.care.app.ui.a11y.bridge;

import javafx.scene.Node;

import java.util.HashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Gives the nodes of successive snapshots stable ids, so a screen reader keeps its place when the screen changes: a
 * node keeps its id as long as it lives; a node with an fx:id that is unique on its screen gets the id that the same
 * kind of node with the same fx:id had before, so a control the shell builds again on every render (the app bar's
 * back action, a form's send button) keeps its id too. Ids are never reused for another node. FX thread only.
 */
public final class NodeIds {
    private final Map<Node, Integer> byNode = new WeakHashMap<>(); // Node keeps Object's identity equality
    private final Map<String, Integer> byKey = new HashMap<>();
    private int next = 1;

    /** The id of {@code n}; {@code uniqueFxId} says its fx:id is unique on the screen and may be used as its key. */
    public int of(Node n, boolean uniqueFxId) {
        Integer known = byNode.get(n);
        if (known != null) {
            return known;
        }
        int id;
        if (uniqueFxId && n.getId() != null && !n.getId().isBlank()) {
            id = byKey.computeIfAbsent(n.getClass().getName() + "#" + n.getId(), k -> next++);
        } else {
            id = next++;
        }
        byNode.put(n, id);
        return id;
    }
}
