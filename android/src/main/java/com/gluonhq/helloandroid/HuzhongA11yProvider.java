package com.gluonhq.helloandroid;

import android.content.Context;
import android.graphics.Rect;
import android.os.Build;
import android.os.Bundle;
import android.text.SpannableString;
import android.text.Spanned;
import android.text.style.LocaleSpan;
import android.view.MotionEvent;
import android.view.View;
import android.view.ViewParent;
import android.view.accessibility.AccessibilityEvent;
import android.view.accessibility.AccessibilityManager;
import android.view.accessibility.AccessibilityNodeInfo;
import android.view.accessibility.AccessibilityNodeInfo.AccessibilityAction;
import android.view.accessibility.AccessibilityNodeProvider;

import java.util.Locale;

/**
 * TalkBack's view of the JavaFX screen: a virtual view for each node of the app's latest snapshot, under the one
 * SurfaceView JavaFX draws into (the host). It answers what TalkBack asks (text, hint, widget class, state, bounds in
 * the parent and on the screen, actions), takes its accessibility focus, sends the events TalkBack listens for
 * (hover enter and exit while exploring by touch, accessibility focus, clicks, window content changes) and passes the
 * actions a person asks for to the app. A disabled node refuses every action but accessibility focus. UI thread only.
 * The framework's own API only (no androidx): the same job as androidx's ExploreByTouchHelper.
 */
final class HuzhongA11yProvider extends AccessibilityNodeProvider {
    /** Where actions go: the JavaFX side (through JNI in the app). */
    interface Actions {
        /** {@code action} is a snapshot action bit; {@code argument} the text to set, else empty. */
        void perform(int id, int action, String argument);
    }

    static final int NONE = Integer.MIN_VALUE;

    private final View host;
    private final Actions actions;
    private HuzhongA11ySnapshot snapshot = HuzhongA11ySnapshot.empty();
    private Locale locale = Locale.getDefault();
    private int accessibilityFocused = NONE;
    private int hovered = NONE;

    HuzhongA11yProvider(View host, Actions actions) {
        this.host = host;
        this.actions = actions;
    }

    HuzhongA11ySnapshot snapshot() {
        return snapshot;
    }

    int accessibilityFocused() {
        return accessibilityFocused;
    }

    /** Shows {@code s} from now on and tells TalkBack the window's content changed. */
    void update(HuzhongA11ySnapshot s) {
        snapshot = s;
        locale = s.lang.isEmpty() ? Locale.getDefault() : Locale.forLanguageTag(s.lang);
        if (accessibilityFocused != NONE && s.node(accessibilityFocused) == null) {
            accessibilityFocused = NONE;
        }
        if (hovered != NONE && s.node(hovered) == null) {
            hovered = NONE;
        }
        AccessibilityEvent e = event(View.NO_ID, AccessibilityEvent.TYPE_WINDOW_CONTENT_CHANGED);
        if (e != null) {
            e.setContentChangeTypes(AccessibilityEvent.CONTENT_CHANGE_TYPE_SUBTREE);
            send(e);
        }
    }

    private float density() {
        return host.getResources().getDisplayMetrics().density;
    }

    // ---------------------------------------------------------------------------------------------- node infos

    @Override
    public AccessibilityNodeInfo createAccessibilityNodeInfo(int id) {
        if (id == View.NO_ID) {
            AccessibilityNodeInfo info = AccessibilityNodeInfo.obtain(host);
            host.onInitializeAccessibilityNodeInfo(info);
            for (HuzhongA11ySnapshot.Node n : snapshot.top) {
                info.addChild(host, n.id);
            }
            return info;
        }
        HuzhongA11ySnapshot.Node n = snapshot.node(id);
        if (n == null) {
            return null;
        }
        AccessibilityNodeInfo info = AccessibilityNodeInfo.obtain(host, id);
        info.setPackageName(host.getContext().getPackageName());
        info.setClassName(HuzhongA11ySnapshot.className(n));
        if (n.parent == 0) {
            info.setParent(host);
        } else {
            info.setParent(host, n.parent);
        }
        for (HuzhongA11ySnapshot.Node c : n.children) {
            info.addChild(host, c.id);
        }
        texts(info, n);
        state(info, n);
        bounds(info, n);
        actions(info, n);
        return info;
    }

    private CharSequence inLanguage(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        SpannableString s = new SpannableString(text); // TalkBack picks the voice of the app's language
        s.setSpan(new LocaleSpan(locale), 0, s.length(), Spanned.SPAN_INCLUSIVE_EXCLUSIVE);
        return s;
    }

    private void texts(AccessibilityNodeInfo info, HuzhongA11ySnapshot.Node n) {
        boolean field = "txf".equals(n.role) || "pwd".equals(n.role);
        boolean invalid = n.is(HuzhongA11ySnapshot.INVALID) && !n.help.isEmpty();
        if (field) {
            // an edit box reads its text, else its hint: the label is the hint, as for a labelled EditText
            info.setText(inLanguage("pwd".equals(n.role) ? "" : n.value));
            if (Build.VERSION.SDK_INT >= 26) {
                info.setHintText(inLanguage(invalid || n.help.isEmpty() ? n.name : n.name + "，" + n.help));
            } else {
                info.setContentDescription(inLanguage(n.value.isEmpty() ? n.name : n.name + "，" + n.value));
            }
        } else {
            info.setText(inLanguage(n.value.isEmpty() ? n.name : n.name + "，" + n.value));
            if (!n.help.isEmpty() && !invalid) {
                if (Build.VERSION.SDK_INT >= 26) {
                    info.setHintText(inLanguage(n.help));
                } else {
                    info.setContentDescription(inLanguage(n.name + "，" + n.help));
                }
            }
        }
        if (invalid) {
            info.setContentInvalid(true);
            info.setError(inLanguage(n.help));
        }
    }

    private void state(AccessibilityNodeInfo info, HuzhongA11ySnapshot.Node n) {
        info.setEnabled(!n.is(HuzhongA11ySnapshot.DISABLED));
        info.setFocusable(n.is(HuzhongA11ySnapshot.FOCUSABLE));
        info.setFocused(n.is(HuzhongA11ySnapshot.FOCUSED));
        info.setSelected(n.is(HuzhongA11ySnapshot.SELECTED));
        info.setCheckable(n.is(HuzhongA11ySnapshot.CHECKABLE));
        info.setChecked(n.is(HuzhongA11ySnapshot.CHECKED));
        info.setEditable(n.is(HuzhongA11ySnapshot.EDITABLE));
        info.setMultiLine(n.is(HuzhongA11ySnapshot.MULTILINE));
        info.setPassword("pwd".equals(n.role));
        info.setClickable(n.can(HuzhongA11ySnapshot.CLICK));
        info.setScrollable(n.can(HuzhongA11ySnapshot.SCROLL_FORWARD) || n.can(HuzhongA11ySnapshot.SCROLL_BACKWARD)
                || n.can(HuzhongA11ySnapshot.INCREMENT) || n.can(HuzhongA11ySnapshot.DECREMENT));
        info.setVisibleToUser(!n.is(HuzhongA11ySnapshot.OFFSCREEN));
        info.setAccessibilityFocused(n.id == accessibilityFocused);
        if (Build.VERSION.SDK_INT >= 24) {
            info.setImportantForAccessibility(true);
        }
        if (Build.VERSION.SDK_INT >= 28) {
            info.setHeading(n.is(HuzhongA11ySnapshot.HEADING));
        }
        if (n.range != null && n.range[2] >= 0) {
            info.setRangeInfo(AccessibilityNodeInfo.RangeInfo.obtain(
                    AccessibilityNodeInfo.RangeInfo.RANGE_TYPE_FLOAT, (float) n.range[0], (float) n.range[1],
                    (float) n.range[2]));
        }
        if ("lst".equals(n.role)) {
            info.setCollectionInfo(AccessibilityNodeInfo.CollectionInfo.obtain(n.children.size(), 1, false));
        }
        if ("itm".equals(n.role)) {
            HuzhongA11ySnapshot.Node list = snapshot.node(n.parent);
            int row = list == null ? 0 : list.children.indexOf(n);
            info.setCollectionItemInfo(AccessibilityNodeInfo.CollectionItemInfo.obtain(row, 1, 0, 1, false,
                    n.is(HuzhongA11ySnapshot.SELECTED)));
        }
    }

    /** {@code n}'s bounds in the host's pixels. */
    Rect hostBounds(HuzhongA11ySnapshot.Node n) {
        float d = density();
        return new Rect(Math.round(n.x * d), Math.round(n.y * d), Math.round((n.x + n.width) * d),
                Math.round((n.y + n.height) * d));
    }

    @SuppressWarnings("deprecation") // setBoundsInParent: still read by TalkBack on the older Androids we serve
    private void bounds(AccessibilityNodeInfo info, HuzhongA11ySnapshot.Node n) {
        Rect inHost = hostBounds(n);
        Rect inParent = new Rect(inHost);
        HuzhongA11ySnapshot.Node parent = snapshot.node(n.parent);
        if (parent != null) {
            Rect p = hostBounds(parent);
            inParent.offset(-p.left, -p.top);
        }
        info.setBoundsInParent(inParent);
        int[] at = new int[2];
        host.getLocationOnScreen(at);
        Rect onScreen = new Rect(inHost);
        onScreen.offset(at[0], at[1]);
        info.setBoundsInScreen(onScreen);
    }

    private void actions(AccessibilityNodeInfo info, HuzhongA11ySnapshot.Node n) {
        info.addAction(n.id == accessibilityFocused ? AccessibilityAction.ACTION_CLEAR_ACCESSIBILITY_FOCUS
                : AccessibilityAction.ACTION_ACCESSIBILITY_FOCUS);
        if (n.is(HuzhongA11ySnapshot.DISABLED)) {
            return; // it says it is disabled, and offers nothing
        }
        boolean adjustable = "adj".equals(n.role);
        if (n.can(HuzhongA11ySnapshot.CLICK)) {
            info.addAction(AccessibilityAction.ACTION_CLICK);
        }
        if (n.can(HuzhongA11ySnapshot.FOCUS) && !n.is(HuzhongA11ySnapshot.FOCUSED)) {
            info.addAction(AccessibilityAction.ACTION_FOCUS);
        }
        if (n.can(HuzhongA11ySnapshot.SET_TEXT)) {
            info.addAction(AccessibilityAction.ACTION_SET_TEXT);
        }
        if (n.can(HuzhongA11ySnapshot.SCROLL_FORWARD) || adjustable && n.can(HuzhongA11ySnapshot.INCREMENT)) {
            info.addAction(AccessibilityAction.ACTION_SCROLL_FORWARD);
        }
        if (n.can(HuzhongA11ySnapshot.SCROLL_BACKWARD) || adjustable && n.can(HuzhongA11ySnapshot.DECREMENT)) {
            info.addAction(AccessibilityAction.ACTION_SCROLL_BACKWARD);
        }
        if (n.can(HuzhongA11ySnapshot.SHOW) && Build.VERSION.SDK_INT >= 23) {
            info.addAction(AccessibilityAction.ACTION_SHOW_ON_SCREEN);
        }
    }

    // ---------------------------------------------------------------------------------------------- actions

    @Override
    public boolean performAction(int id, int action, Bundle arguments) {
        if (id == View.NO_ID) {
            return host.performAccessibilityAction(action, arguments);
        }
        HuzhongA11ySnapshot.Node n = snapshot.node(id);
        if (n == null) {
            return false;
        }
        if (action == AccessibilityNodeInfo.ACTION_ACCESSIBILITY_FOCUS) {
            return focus(id);
        }
        if (action == AccessibilityNodeInfo.ACTION_CLEAR_ACCESSIBILITY_FOCUS) {
            return clearFocus(id);
        }
        if (n.is(HuzhongA11ySnapshot.DISABLED)) {
            return false;
        }
        boolean adjustable = "adj".equals(n.role);
        int bit;
        String argument = "";
        if (action == AccessibilityNodeInfo.ACTION_CLICK) {
            bit = HuzhongA11ySnapshot.CLICK;
        } else if (action == AccessibilityNodeInfo.ACTION_FOCUS) {
            bit = HuzhongA11ySnapshot.FOCUS;
        } else if (action == AccessibilityNodeInfo.ACTION_SET_TEXT) {
            bit = HuzhongA11ySnapshot.SET_TEXT;
            CharSequence text = arguments == null ? null
                    : arguments.getCharSequence(AccessibilityNodeInfo.ACTION_ARGUMENT_SET_TEXT_CHARSEQUENCE);
            argument = text == null ? "" : text.toString();
        } else if (action == AccessibilityNodeInfo.ACTION_SCROLL_FORWARD) {
            bit = adjustable ? HuzhongA11ySnapshot.INCREMENT : HuzhongA11ySnapshot.SCROLL_FORWARD;
        } else if (action == AccessibilityNodeInfo.ACTION_SCROLL_BACKWARD) {
            bit = adjustable ? HuzhongA11ySnapshot.DECREMENT : HuzhongA11ySnapshot.SCROLL_BACKWARD;
        } else if (Build.VERSION.SDK_INT >= 23 && action == android.R.id.accessibilityActionShowOnScreen) {
            bit = HuzhongA11ySnapshot.SHOW;
        } else {
            return false;
        }
        if (!n.can(bit) || bit == HuzhongA11ySnapshot.FOCUS && n.is(HuzhongA11ySnapshot.FOCUSED)) {
            return false;
        }
        actions.perform(id, bit, argument);
        if (bit == HuzhongA11ySnapshot.CLICK) {
            sendFor(id, AccessibilityEvent.TYPE_VIEW_CLICKED);
        }
        return true;
    }

    private boolean focus(int id) {
        if (accessibilityFocused == id) {
            return false;
        }
        if (accessibilityFocused != NONE) {
            clearFocus(accessibilityFocused);
        }
        accessibilityFocused = id;
        host.invalidate();
        sendFor(id, AccessibilityEvent.TYPE_VIEW_ACCESSIBILITY_FOCUSED);
        return true;
    }

    private boolean clearFocus(int id) {
        if (accessibilityFocused != id) {
            return false;
        }
        accessibilityFocused = NONE;
        host.invalidate();
        sendFor(id, AccessibilityEvent.TYPE_VIEW_ACCESSIBILITY_FOCUS_CLEARED);
        return true;
    }

    @Override
    public AccessibilityNodeInfo findFocus(int focus) {
        if (focus == AccessibilityNodeInfo.FOCUS_ACCESSIBILITY && accessibilityFocused != NONE) {
            return createAccessibilityNodeInfo(accessibilityFocused);
        }
        if (focus == AccessibilityNodeInfo.FOCUS_INPUT && snapshot.focused != 0
                && snapshot.node(snapshot.focused) != null) {
            return createAccessibilityNodeInfo(snapshot.focused);
        }
        return null;
    }

    // ---------------------------------------------------------------------------------------------- exploring

    /**
     * A hover event from the host (TalkBack turns touches into hovers while exploring by touch): the node under the
     * finger gets a hover-enter event, the one it left a hover-exit. Returns whether it was used.
     */
    boolean onHover(MotionEvent e) {
        AccessibilityManager am = manager();
        if (am == null || !am.isEnabled() || !am.isTouchExplorationEnabled()) {
            return false;
        }
        switch (e.getActionMasked()) {
            case MotionEvent.ACTION_HOVER_ENTER:
            case MotionEvent.ACTION_HOVER_MOVE:
                int id = nodeAt(e.getX(), e.getY());
                hover(id);
                return id != NONE;
            case MotionEvent.ACTION_HOVER_EXIT:
                hover(NONE);
                return true;
            default:
                return false;
        }
    }

    /** The node at host pixel ({@code px}, {@code py}): the smallest that is not a container, else a container. */
    int nodeAt(float px, float py) {
        float d = density();
        float sx = px / d;
        float sy = py / d;
        HuzhongA11ySnapshot.Node best = null;
        HuzhongA11ySnapshot.Node container = null;
        for (HuzhongA11ySnapshot.Node n : snapshot.nodes) {
            if (!n.contains(sx, sy) || n.is(HuzhongA11ySnapshot.OFFSCREEN)) {
                continue;
            }
            if (n.container()) {
                container = n;
            } else if (best == null || (long) n.width * n.height <= (long) best.width * best.height) {
                best = n;
            }
        }
        HuzhongA11ySnapshot.Node at = best != null ? best : container;
        return at == null ? NONE : at.id;
    }

    private void hover(int id) {
        if (id == hovered) {
            return;
        }
        int was = hovered;
        hovered = id;
        if (id != NONE) {
            sendFor(id, AccessibilityEvent.TYPE_VIEW_HOVER_ENTER);
        }
        if (was != NONE) {
            sendFor(was, AccessibilityEvent.TYPE_VIEW_HOVER_EXIT);
        }
    }

    int hovered() {
        return hovered;
    }

    // ---------------------------------------------------------------------------------------------- events

    private AccessibilityManager manager() {
        return (AccessibilityManager) host.getContext().getSystemService(Context.ACCESSIBILITY_SERVICE);
    }

    /** An event of {@code type} about node {@code id} ({@link View#NO_ID}: the host), or null when nobody listens. */
    @SuppressWarnings("deprecation") // AccessibilityEvent.obtain: the constructor is API 30+
    private AccessibilityEvent event(int id, int type) {
        AccessibilityManager am = manager();
        if (am == null || !am.isEnabled()) {
            return null;
        }
        AccessibilityEvent e = AccessibilityEvent.obtain(type);
        if (id == View.NO_ID) {
            host.onInitializeAccessibilityEvent(e);
            return e;
        }
        HuzhongA11ySnapshot.Node n = snapshot.node(id);
        e.setPackageName(host.getContext().getPackageName());
        e.setSource(host, id);
        if (n != null) {
            e.setClassName(HuzhongA11ySnapshot.className(n));
            e.getText().add(inLanguage(n.name));
            e.setEnabled(!n.is(HuzhongA11ySnapshot.DISABLED));
            e.setChecked(n.is(HuzhongA11ySnapshot.CHECKED));
            e.setPassword("pwd".equals(n.role));
        }
        return e;
    }

    private boolean sendFor(int id, int type) {
        AccessibilityEvent e = event(id, type);
        return e != null && send(e);
    }

    private boolean send(AccessibilityEvent e) {
        ViewParent parent = host.getParent();
        return parent != null && parent.requestSendAccessibilityEvent(host, e);
    }

    /** Says {@code text} (an announcement of the app). */
    @SuppressWarnings("deprecation") // announceForAccessibility: deprecated in API 36 in favour of live regions
    void announce(String text) {
        if (text != null && !text.isEmpty()) {
            host.announceForAccessibility(inLanguage(text));
        }
    }
}
