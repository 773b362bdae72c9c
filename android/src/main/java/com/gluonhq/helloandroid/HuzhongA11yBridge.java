package com.gluonhq.helloandroid;

import android.app.Activity;
import android.content.Context;
import android.view.View;
import android.view.ViewGroup;
import android.view.accessibility.AccessibilityManager;
import android.view.accessibility.AccessibilityNodeProvider;

import java.lang.reflect.Method;

/**
 * The Android half of the app's screen-reader bridge and voice, created by the JNI glue ({@code huzhong_a11y.c}) with
 * Gluon's {@code MainActivity}. It finds the SurfaceView JavaFX draws into through {@code MainActivity.getViewGroup()}
 * (a static of this package), installs {@link HuzhongA11yProvider} on it, and relays: snapshots and announcements
 * from the app to TalkBack; TalkBack's actions, whether TalkBack is on, and the end of each utterance from here to the
 * app (the native methods below, answered in C). Methods called from the app run on any thread and hand UI work to the
 * UI thread.
 */
public class HuzhongA11yBridge {
    /** What this side tells the app. Production: the native methods; tests: a recording double. */
    interface Callbacks extends HuzhongA11yProvider.Actions, HuzhongSpeech.Done {
        void screenReader(boolean on);
    }

    private static final Callbacks NATIVE = new Callbacks() {
        @Override
        public void perform(int id, int action, String argument) {
            nativeAction(id, action, argument);
        }

        @Override
        public void screenReader(boolean on) {
            nativeScreenReader(on);
        }

        @Override
        public void done(int utterance, int result) {
            nativeSpeechDone(utterance, result);
        }
    };

    private final Activity activity;
    private final Callbacks callbacks;
    private volatile HuzhongA11yProvider provider;
    private volatile HuzhongSpeech speech;
    private View host;

    /** For the JNI glue. */
    public HuzhongA11yBridge(Activity activity) {
        this(activity, NATIVE);
    }

    HuzhongA11yBridge(Activity activity, Callbacks callbacks) {
        this.activity = activity;
        this.callbacks = callbacks;
    }

    /** Installs the provider on the JavaFX view (on the UI thread) and follows TalkBack's state. */
    public void start() {
        activity.runOnUiThread(new Runnable() {
            @Override
            public void run() {
                install();
            }
        });
    }

    private void install() {
        if (provider != null) {
            return;
        }
        host = jfxView(activity);
        if (host == null) {
            return;
        }
        final HuzhongA11yProvider p = new HuzhongA11yProvider(host, callbacks);
        host.setImportantForAccessibility(View.IMPORTANT_FOR_ACCESSIBILITY_YES);
        host.setAccessibilityDelegate(new View.AccessibilityDelegate() {
            @Override
            public AccessibilityNodeProvider getAccessibilityNodeProvider(View v) {
                return p;
            }
        });
        host.setOnHoverListener(new View.OnHoverListener() {
            @Override
            public boolean onHover(View v, android.view.MotionEvent event) {
                return p.onHover(event);
            }
        });
        AccessibilityManager am = manager();
        if (am != null) {
            am.addTouchExplorationStateChangeListener(new AccessibilityManager.TouchExplorationStateChangeListener() {
                @Override
                public void onTouchExplorationStateChanged(boolean enabled) {
                    callbacks.screenReader(isScreenReaderOn());
                }
            });
        }
        provider = p;
    }

    /**
     * The SurfaceView JavaFX draws into: the first SurfaceView in {@code MainActivity.getViewGroup()} (substrate's
     * {@code InternalSurfaceView}), or, should that static not be there, in the activity's content.
     */
    static View jfxView(Activity activity) {
        ViewGroup group = null;
        try {
            Class<?> main = Class.forName("com.gluonhq.helloandroid.MainActivity", false, activity.getClassLoader());
            Method m = main.getDeclaredMethod("getViewGroup");
            m.setAccessible(true);
            group = (ViewGroup) m.invoke(null);
        } catch (ReflectiveOperationException | ClassCastException | SecurityException e) {
            group = null;
        }
        View content = activity.findViewById(android.R.id.content);
        View found = group == null ? null : firstSurface(group);
        return found != null ? found : content == null ? null : firstSurface(content);
    }

    private static View firstSurface(View v) {
        if (v instanceof android.view.SurfaceView) {
            return v;
        }
        if (v instanceof ViewGroup) {
            ViewGroup g = (ViewGroup) v;
            for (int i = 0; i < g.getChildCount(); i++) {
                View f = firstSurface(g.getChildAt(i));
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    /** A new snapshot in the wire format (any thread): read here, shown on the UI thread. */
    public void setSnapshot(String wire) {
        final HuzhongA11ySnapshot s;
        try {
            s = HuzhongA11ySnapshot.parse(wire);
        } catch (RuntimeException e) {
            android.util.Log.w("HuzhongA11y", "ignoring a snapshot that cannot be read", e);
            return;
        }
        activity.runOnUiThread(new Runnable() {
            @Override
            public void run() {
                install();
                if (provider != null) {
                    provider.update(s);
                }
            }
        });
    }

    /** Says {@code text} through TalkBack (any thread). */
    public void announce(final String text) {
        activity.runOnUiThread(new Runnable() {
            @Override
            public void run() {
                install();
                if (provider != null) {
                    provider.announce(text);
                }
            }
        });
    }

    private AccessibilityManager manager() {
        return (AccessibilityManager) activity.getSystemService(Context.ACCESSIBILITY_SERVICE);
    }

    /** Whether TalkBack (or another screen reader that explores by touch) is on. */
    public boolean isScreenReaderOn() {
        AccessibilityManager am = manager();
        return am != null && am.isEnabled() && am.isTouchExplorationEnabled();
    }

    /** The system's text size as a factor (Settings › Display › Font size). */
    public float fontScale() {
        return activity.getResources().getConfiguration().fontScale;
    }

    private HuzhongSpeech speech() {
        HuzhongSpeech s = speech;
        if (s == null) {
            synchronized (this) {
                if (speech == null) {
                    speech = new HuzhongSpeech(activity.getApplicationContext(), callbacks);
                }
                s = speech;
            }
        }
        return s;
    }

    /** Whether the system has a voice for {@code tag}. Blocks while the engine starts: not on the UI thread. */
    public boolean canSpeak(String tag) {
        return speech().canSpeak(tag);
    }

    /** Starts saying {@code text}; its end is told with {@code utterance}. False when nothing will be said. */
    public boolean speak(String text, String tag, int utterance) {
        return speech().speak(text, tag, utterance);
    }

    public void stopSpeaking() {
        HuzhongSpeech s = speech;
        if (s != null) {
            s.stop();
        }
    }

    HuzhongA11yProvider provider() {
        return provider;
    }

    HuzhongSpeech speechEngine() {
        return speech();
    }

    View host() {
        return host;
    }

    // answered by the JNI glue (huzhong_a11y.c), which calls the app
    private static native void nativeAction(int id, int action, String argument);

    private static native void nativeScreenReader(boolean on);

    private static native void nativeSpeechDone(int utterance, int result);
}
