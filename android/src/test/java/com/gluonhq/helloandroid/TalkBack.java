package com.gluonhq.helloandroid;

import android.view.View;
import android.view.accessibility.AccessibilityNodeInfo;
import android.view.accessibility.AccessibilityNodeProvider;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a host's virtual views the way TalkBack walks them: from the host's node down through each node's children,
 * in child order (TalkBack's linear swipe order), by asking the host's provider.
 */
final class TalkBack {
    private TalkBack() {
    }

    /** The virtual view id of the {@code i}th child of {@code info} (AccessibilityNodeInfo keeps them as node ids). */
    static int childId(AccessibilityNodeInfo info, int i) {
        try {
            Method m = AccessibilityNodeInfo.class.getDeclaredMethod("getChildId", int.class);
            m.setAccessible(true);
            long nodeId = (long) m.invoke(info, i);
            return (int) (nodeId >> 32); // the virtual descendant id is the node id's upper half
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every virtual view under {@code host}, depth first, in the order TalkBack reads them. */
    static List<AccessibilityNodeInfo> walk(View host) {
        AccessibilityNodeProvider p = host.getAccessibilityNodeProvider();
        List<AccessibilityNodeInfo> out = new ArrayList<>();
        AccessibilityNodeInfo root = p.createAccessibilityNodeInfo(View.NO_ID);
        for (int i = 0; i < root.getChildCount(); i++) {
            walk(p, childId(root, i), out);
        }
        return out;
    }

    private static void walk(AccessibilityNodeProvider p, int id, List<AccessibilityNodeInfo> out) {
        AccessibilityNodeInfo info = p.createAccessibilityNodeInfo(id);
        out.add(info);
        for (int i = 0; i < info.getChildCount(); i++) {
            walk(p, childId(info, i), out);
        }
    }

    /** The virtual view id of a node info (its source's upper half). */
    static int id(AccessibilityNodeInfo info) {
        try {
            Method m = AccessibilityNodeInfo.class.getDeclaredMethod("getSourceNodeId");
            m.setAccessible(true);
            return (int) (((long) m.invoke(info)) >> 32);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What TalkBack would say for the node's words: its text, else its content description, with its hint. */
    static String said(AccessibilityNodeInfo info) {
        CharSequence text = info.getText() != null && info.getText().length() > 0 ? info.getText()
                : info.getContentDescription();
        return text == null ? "" : text.toString();
    }
}
