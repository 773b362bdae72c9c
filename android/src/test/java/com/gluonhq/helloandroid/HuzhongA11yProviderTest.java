package com.gluonhq.helloandroid;

import android.app.Activity;
import android.content.Context;
import android.graphics.Rect;
import android.os.Build;
import android.os.Bundle;
import android.os.Looper;
import android.os.SystemClock;
import android.speech.tts.TextToSpeech;
import android.text.Spanned;
import android.text.style.LocaleSpan;
import android.view.InputDevice;
import android.view.MotionEvent;
import android.view.SurfaceView;
import android.view.View;
import android.view.accessibility.AccessibilityManager;
import android.view.accessibility.AccessibilityNodeInfo;
import android.view.accessibility.AccessibilityNodeInfo.AccessibilityAction;
import android.view.accessibility.AccessibilityNodeProvider;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowAccessibilityManager;
import org.robolectric.shadows.ShadowTextToSpeech;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

/**
 * The provider as TalkBack uses it, on the oldest and the newest Android these machines can run (23; 35, since 36
 * needs Java 21), on a phone-sized xxhdpi screen (3 px to a JavaFX pixel), with substrate's MainActivity layout.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = {23, 35, 36}, qualifiers = "w360dp-h640dp-xxhdpi")
public class HuzhongA11yProviderTest {
    /** A small screen: a heading, a scrolled form (a field in error, a check box, a busy button, a stepper, a line
     *  scrolled away) and the way back under it. */
    static final String FORM = "HZA11Y/1|360|640|3|zh-CN\n"
            + "1|0|txt|100|0|0,0,360,56|预约详情|||\n"
            + "2|0|scr|0|40|0,56,360,500||||\n"
            + "3|2|txf|443|27|12,70,336,48|手机号|请输入11位手机号|139|\n"
            + "4|2|chk|31|23|12,130,336,48|我已阅读并同意须知|||\n"
            + "5|2|btn|4|20|12,190,336,56|正在提交|||\n"
            + "7|2|adj|1|3a|12,260,336,48|天数||3 天|1,14,3\n"
            + "8|2|txt|200|20|12,900,336,30|页底说明|||\n"
            + "6|0|btn|1|3|0,580,120,60|返回|||";

    Activity activity;
    Recorder recorder;
    HuzhongA11yBridge bridge;
    View host;
    ShadowAccessibilityManager a11y;

    @Before
    public void setUp() {
        activity = Robolectric.buildActivity(MainActivity.class).setup().get();
        a11y = shadowOf((AccessibilityManager) activity.getSystemService(Context.ACCESSIBILITY_SERVICE));
        a11y.setEnabled(true);
        a11y.setTouchExplorationEnabled(true);
        recorder = new Recorder();
        recorder.listenTo(MainActivity.getViewGroup());
        bridge = new HuzhongA11yBridge(activity, recorder);
        bridge.start();
        idle();
        host = bridge.host();
    }

    static void idle() {
        shadowOf(Looper.getMainLooper()).idle();
    }

    AccessibilityNodeProvider provider() {
        return host.getAccessibilityNodeProvider();
    }

    AccessibilityNodeInfo info(int id) {
        return provider().createAccessibilityNodeInfo(id);
    }

    void show(String wire) {
        bridge.setSnapshot(wire);
        idle();
    }

    static float density() {
        return RuntimeEnvironment.getApplication().getResources().getDisplayMetrics().density;
    }

    @Test
    public void provider_isOnTheViewJavaFxDrawsInto_foundThroughMainActivity() {
        assertSame(MainActivity.getViewGroup().getChildAt(0), host);
        assertTrue(host instanceof SurfaceView);
        assertEquals("com.gluonhq.helloandroid.MainActivity$InternalSurfaceView", host.getClass().getName());
        assertSame(bridge.provider(), provider());
        assertEquals(3.0f, density(), 0.0f);
    }

    @Test
    public void talkBackQueries_getTextRoleStateBoundsAndActions() {
        show(FORM);
        List<AccessibilityNodeInfo> read = TalkBack.walk(host);
        List<Integer> order = new ArrayList<>();
        for (AccessibilityNodeInfo i : read) {
            order.add(TalkBack.id(i));
        }
        assertEquals("TalkBack reads in the app's reading order", Arrays.asList(1, 2, 3, 4, 5, 7, 8, 6), order);

        AccessibilityNodeInfo heading = info(1);
        assertEquals("预约详情", heading.getText().toString());
        assertEquals("android.widget.TextView", heading.getClassName());
        if (Build.VERSION.SDK_INT >= 28) {
            assertTrue(heading.isHeading());
        }
        Spanned spanned = (Spanned) heading.getText();
        LocaleSpan[] spans = spanned.getSpans(0, spanned.length(), LocaleSpan.class);
        assertEquals("read in the app's language", Locale.forLanguageTag("zh-CN"), spans[0].getLocale());

        AccessibilityNodeInfo field = info(3);
        assertEquals("android.widget.EditText", field.getClassName());
        assertEquals("139", field.getText().toString());
        if (Build.VERSION.SDK_INT >= 26) {
            assertEquals("手机号", field.getHintText().toString());
        } else {
            assertEquals("手机号，139", field.getContentDescription().toString());
        }
        assertTrue(field.isContentInvalid());
        assertEquals("请输入11位手机号", field.getError().toString());
        assertTrue(field.isEditable() && field.isFocusable() && field.isFocused() && field.isEnabled());
        assertTrue(field.getActionList().contains(AccessibilityAction.ACTION_SET_TEXT));
        assertTrue(field.getActionList().contains(AccessibilityAction.ACTION_CLICK));

        AccessibilityNodeInfo check = info(4);
        assertEquals("android.widget.CheckBox", check.getClassName());
        assertTrue(check.isCheckable() && check.isChecked() && check.isClickable());

        AccessibilityNodeInfo busy = info(5);
        assertFalse(busy.isEnabled());
        assertFalse(busy.isClickable());
        assertEquals("a disabled node offers nothing but accessibility focus",
                Arrays.asList(AccessibilityAction.ACTION_ACCESSIBILITY_FOCUS), busy.getActionList());

        AccessibilityNodeInfo stepper = info(7);
        assertEquals("android.widget.SeekBar", stepper.getClassName());
        assertEquals("天数，3 天", stepper.getText().toString());
        assertEquals(3f, stepper.getRangeInfo().getCurrent(), 0f);
        assertEquals(14f, stepper.getRangeInfo().getMax(), 0f);
        assertTrue(stepper.getActionList().contains(AccessibilityAction.ACTION_SCROLL_FORWARD));

        assertFalse("scrolled away", info(8).isVisibleToUser());
        assertTrue(info(6).isVisibleToUser());
        AccessibilityNodeInfo scroll = info(2);
        assertEquals("android.widget.ScrollView", scroll.getClassName());
        assertTrue(scroll.isScrollable());
        assertEquals(5, scroll.getChildCount());

        // bounds: JavaFX pixels × density, on the screen and in the parent (the field is in the scroll pane)
        int[] at = new int[2];
        host.getLocationOnScreen(at);
        Rect screen = new Rect();
        field.getBoundsInScreen(screen);
        assertEquals(new Rect(at[0] + 36, at[1] + 210, at[0] + 36 + 1008, at[1] + 210 + 144), screen);
        Rect parent = new Rect();
        getBoundsInParent(field, parent);
        assertEquals(new Rect(36, 210 - 168, 36 + 1008, 210 - 168 + 144), parent);
    }

    @SuppressWarnings("deprecation")
    private static void getBoundsInParent(AccessibilityNodeInfo info, Rect r) {
        info.getBoundsInParent(r);
    }

    @Test
    public void clickAndFocusAndOtherActions_reachTheApp_disabledNodesRefuse() {
        show(FORM);
        assertTrue(provider().performAction(6, AccessibilityNodeInfo.ACTION_CLICK, null));
        assertEquals(Arrays.asList("返回"), strip(recorder.events("TYPE_VIEW_CLICKED")));
        Bundle text = new Bundle();
        text.putCharSequence(AccessibilityNodeInfo.ACTION_ARGUMENT_SET_TEXT_CHARSEQUENCE, "13900000001");
        assertTrue(provider().performAction(3, AccessibilityNodeInfo.ACTION_SET_TEXT, text));
        assertFalse("it has focus already", provider().performAction(3, AccessibilityNodeInfo.ACTION_FOCUS, null));
        assertTrue(provider().performAction(7, AccessibilityNodeInfo.ACTION_SCROLL_FORWARD, null));
        assertTrue(provider().performAction(7, AccessibilityNodeInfo.ACTION_SCROLL_BACKWARD, null));
        assertTrue(provider().performAction(2, AccessibilityNodeInfo.ACTION_SCROLL_FORWARD, null));
        assertTrue(provider().performAction(7, AccessibilityNodeInfo.ACTION_FOCUS, null));
        assertEquals(Arrays.asList("6:1:", "3:4:13900000001", "7:8:", "7:16:", "2:64:", "7:2:"), recorder.actions);

        assertFalse("disabled", provider().performAction(5, AccessibilityNodeInfo.ACTION_CLICK, null));
        assertFalse("a text is not pressed", provider().performAction(1, AccessibilityNodeInfo.ACTION_CLICK, null));
        assertFalse("no such node", provider().performAction(99, AccessibilityNodeInfo.ACTION_CLICK, null));
        assertFalse("the scroll pane cannot go back", provider().performAction(2,
                AccessibilityNodeInfo.ACTION_SCROLL_BACKWARD, null));
        assertEquals(6, recorder.actions.size());
        if (Build.VERSION.SDK_INT >= 23) {
            assertTrue(provider().performAction(8, android.R.id.accessibilityActionShowOnScreen, null));
            assertEquals("8:32:", recorder.actions.get(6));
        }
    }

    @Test
    public void accessibilityFocus_isTakenAndMoved_withItsEvents() {
        show(FORM);
        assertTrue(provider().performAction(3, AccessibilityNodeInfo.ACTION_ACCESSIBILITY_FOCUS, null));
        assertFalse("already there", provider().performAction(3, AccessibilityNodeInfo.ACTION_ACCESSIBILITY_FOCUS,
                null));
        assertEquals(3, TalkBack.id(provider().findFocus(AccessibilityNodeInfo.FOCUS_ACCESSIBILITY)));
        assertTrue(info(3).isAccessibilityFocused());
        assertTrue(info(3).getActionList().contains(AccessibilityAction.ACTION_CLEAR_ACCESSIBILITY_FOCUS));
        assertTrue("a disabled node can be read", provider().performAction(5,
                AccessibilityNodeInfo.ACTION_ACCESSIBILITY_FOCUS, null));
        assertEquals(Arrays.asList("手机号", "正在提交"), strip(recorder.events("TYPE_VIEW_ACCESSIBILITY_FOCUSED")));
        assertEquals(Arrays.asList("手机号"), strip(recorder.events("TYPE_VIEW_ACCESSIBILITY_FOCUS_CLEARED")));
        assertFalse(info(3).isAccessibilityFocused());
        assertEquals("keyboard focus: the field", 3, TalkBack.id(provider().findFocus(AccessibilityNodeInfo.FOCUS_INPUT)));
    }

    @Test
    public void exploreByTouch_sendsHoverEnterAndExit() {
        show(FORM);
        float d = density();
        assertTrue(hover(MotionEvent.ACTION_HOVER_ENTER, 60 * d, 610 * d)); // 返回
        assertTrue(hover(MotionEvent.ACTION_HOVER_MOVE, 100 * d, 150 * d)); // the check box, inside the scroll pane
        assertTrue(hover(MotionEvent.ACTION_HOVER_MOVE, 110 * d, 160 * d)); // still the check box: nothing new
        assertTrue(hover(MotionEvent.ACTION_HOVER_EXIT, 110 * d, 160 * d));
        assertEquals(Arrays.asList("返回", "我已阅读并同意须知"), strip(recorder.events("TYPE_VIEW_HOVER_ENTER")));
        assertEquals(Arrays.asList("返回", "我已阅读并同意须知"), strip(recorder.events("TYPE_VIEW_HOVER_EXIT")));

        a11y.setTouchExplorationEnabled(false);
        assertFalse("without touch exploration the finger is JavaFX's",
                hover(MotionEvent.ACTION_HOVER_ENTER, 60 * d, 610 * d));
    }

    private boolean hover(int action, float x, float y) {
        long now = SystemClock.uptimeMillis();
        MotionEvent e = MotionEvent.obtain(now, now, action, x, y, 0);
        e.setSource(InputDevice.SOURCE_TOUCHSCREEN);
        try {
            return host.dispatchGenericMotionEvent(e);
        } finally {
            e.recycle();
        }
    }

    @Test
    public void newSnapshot_saysTheContentChanged_andForgetsNodesThatWent() {
        show(FORM);
        int changes = recorder.events("TYPE_WINDOW_CONTENT_CHANGED").size();
        assertTrue(changes >= 1);
        assertTrue(provider().performAction(8, AccessibilityNodeInfo.ACTION_ACCESSIBILITY_FOCUS, null));
        show("HZA11Y/1|360|640|0|zh-CN\n1|0|txt|100|0|0,0,360,56|已提交|||");
        assertEquals(changes + 1, recorder.events("TYPE_WINDOW_CONTENT_CHANGED").size());
        assertNull(provider().findFocus(AccessibilityNodeInfo.FOCUS_ACCESSIBILITY));
        assertNull(info(8));
        assertEquals("已提交", info(1).getText().toString());
        show("not a snapshot");
        assertEquals("a broken snapshot is ignored", "已提交", info(1).getText().toString());
    }

    @Test
    public void announcement_isSaid() {
        show(FORM);
        bridge.announce("已提交");
        idle();
        assertEquals(Arrays.asList("已提交"), strip(recorder.events("TYPE_ANNOUNCEMENT")));
    }

    @Test
    public void screenReaderState_andTextSize_areTold() {
        assertTrue(bridge.isScreenReaderOn());
        a11y.setTouchExplorationEnabled(false);
        idle();
        assertFalse(bridge.isScreenReaderOn());
        assertEquals(Arrays.asList(false), recorder.screenReader);
        RuntimeEnvironment.setFontScale(1.3f);
        assertEquals(1.3f, bridge.fontScale(), 0.001f);
    }

    @Test
    public void voice_saysWhatItIsGiven_andTellsWhenItIsDone_orThatThereIsNoVoice() {
        ShadowTextToSpeech.addLanguageAvailability(Locale.forLanguageTag("zh-CN"));
        HuzhongSpeech speech = bridge.speechEngine();
        shadowOf(speech.engine()).getOnInitListener().onInit(TextToSpeech.SUCCESS);
        assertTrue(bridge.canSpeak("zh-CN"));
        assertFalse(bridge.canSpeak("en"));
        assertTrue(bridge.speak("您的预约已提交", "zh-CN", 7));
        assertEquals("您的预约已提交", shadowOf(speech.engine()).getLastSpokenText());
        idle();
        assertTrue(recorder.speechDone.toString(), recorder.speechDone.contains("7:" + HuzhongSpeech.DONE));
        assertFalse("no English voice: nothing is said", bridge.speak("Sent", "en", 8));
        bridge.stopSpeaking();
        assertTrue(shadowOf(speech.engine()).isStopped());
    }

    /** Event texts as recorded ("[返回]") without the brackets. */
    static List<String> strip(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            out.add(t.replaceAll("^\\[|\\]$", ""));
        }
        return out;
    }
}
