package com.gluonhq.helloandroid;

import android.app.Activity;
import android.content.Context;
import android.os.Bundle;
import android.os.Looper;
import android.speech.tts.TextToSpeech;
import android.view.View;
import android.view.accessibility.AccessibilityManager;
import android.view.accessibility.AccessibilityNodeInfo;
import android.view.accessibility.AccessibilityNodeProvider;
import cn.huzhong.care.app.platform.phone.AndroidNative;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.RuntimeEnvironment;
import org.robolectric.annotation.Config;
import org.robolectric.shadows.ShadowAccessibilityManager;
import org.robolectric.shadows.ShadowTextToSpeech;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

/**
 * The JNI glue for real, built for this machine: the app's side ({@code AndroidNative}, as the app declares it) calls
 * the C functions, which create {@link HuzhongA11yBridge} through the activity's class loader and call it; TalkBack's
 * actions, the screen reader's state and the voice's ends come back through C to the app's callbacks. Here the
 * "Android VM" and the app's VM are one JVM (a phone has two); everything else is the code that ships.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = {23, 35, 36}, qualifiers = "w360dp-h640dp-xxhdpi")
public class NativeGlueTest {
    private static boolean loaded;

    static native void setActivity(Activity activity);

    Activity activity;
    ShadowAccessibilityManager a11y;

    @Before
    public void load() throws Exception {
        assertTrue("gcc is needed to build the glue here (.ci/run installs it)", HostNative.compilerPresent());
        if (!loaded) { // once per Robolectric SDK: each has its own class loader, and so its own copy
            System.load(HostNative.copyFor(NativeGlueTest.class.getClassLoader()));
            loaded = true;
        }
        AndroidNative.ACTIONS.clear();
        AndroidNative.SCREEN_READER.clear();
        AndroidNative.SPEECH_DONE.clear();
        activity = Robolectric.buildActivity(MainActivity.class).setup().get();
        a11y = shadowOf((AccessibilityManager) activity.getSystemService(Context.ACCESSIBILITY_SERVICE));
        a11y.setEnabled(true);
        a11y.setTouchExplorationEnabled(true);
        setActivity(activity);
    }

    @Test
    public void snapshotsGoIn_actionsStateAndSpeechComeBack_throughC() throws Exception {
        assertTrue("the bridge started", AndroidNative.nativeStart());
        shadowOf(Looper.getMainLooper()).idle();
        View host = MainActivity.getViewGroup().getChildAt(0);
        AccessibilityNodeProvider provider = host.getAccessibilityNodeProvider();
        assertNotNull("the provider is on JavaFX's view", provider);

        // a snapshot with text that UTF-8 conversions break: Chinese, an astral character, the wire's escapes
        AndroidNative.nativeSetSnapshot("HZA11Y/1|360|640|0|zh-CN\n"
                + "1|0|txf|41|27|12,70,336,48|姓名 𠀀|||\n"
                + "2|0|btn|1|3|0,580,120,60|提交\\p确认|||");
        shadowOf(Looper.getMainLooper()).idle();
        assertEquals("提交|确认", provider.createAccessibilityNodeInfo(2).getText().toString());

        assertTrue(provider.performAction(2, AccessibilityNodeInfo.ACTION_CLICK, null));
        Bundle text = new Bundle();
        text.putCharSequence(AccessibilityNodeInfo.ACTION_ARGUMENT_SET_TEXT_CHARSEQUENCE, "王秀兰 😀");
        assertTrue(provider.performAction(1, AccessibilityNodeInfo.ACTION_SET_TEXT, text));
        assertEquals("the app got both, text intact", Arrays.asList("2:1:", "1:4:王秀兰 😀"), AndroidNative.ACTIONS);

        assertTrue(AndroidNative.nativeScreenReaderOn());
        a11y.setTouchExplorationEnabled(false);
        shadowOf(Looper.getMainLooper()).idle();
        assertEquals(Collections.singletonList(false), AndroidNative.SCREEN_READER);
        assertFalse(AndroidNative.nativeScreenReaderOn());

        RuntimeEnvironment.setFontScale(1.5f);
        assertEquals(1.5f, AndroidNative.nativeFontScale(), 0.001f);

        AndroidNative.nativeAnnounce("已提交");
        shadowOf(Looper.getMainLooper()).idle();

        // the voice: the engine starts asynchronously; the app's question waits for it (here: on another thread)
        ShadowTextToSpeech.addLanguageAvailability(Locale.forLanguageTag("zh-CN"));
        AtomicBoolean can = new AtomicBoolean();
        Thread asking = new Thread(() -> can.set(AndroidNative.nativeCanSpeak("zh-CN")));
        asking.start();
        TextToSpeech tts = null;
        for (int i = 0; i < 200 && tts == null; i++) {
            tts = ShadowTextToSpeech.getLastTextToSpeechInstance();
            if (tts == null) {
                Thread.sleep(10); // waiting for the engine the other thread creates, not for time to pass
            }
        }
        assertNotNull("the bridge made a TextToSpeech", tts);
        shadowOf(tts).getOnInitListener().onInit(TextToSpeech.SUCCESS);
        asking.join(10_000);
        assertTrue(can.get());
        assertTrue(AndroidNative.nativeSpeak("您的预约已提交", "zh-CN", 42));
        shadowOf(Looper.getMainLooper()).idle();
        assertEquals("您的预约已提交", shadowOf(tts).getLastSpokenText());
        assertTrue(AndroidNative.SPEECH_DONE.toString(), AndroidNative.SPEECH_DONE.contains("42:0"));
        assertFalse(AndroidNative.nativeSpeak("Sent", "en", 43));
        AndroidNative.nativeStopSpeaking();
        assertTrue(shadowOf(tts).isStopped());
    }
}
