package com.gluonhq.helloandroid;

import android.app.Activity;
import android.content.Context;
import android.graphics.Rect;
import android.os.Build;
import android.os.Looper;
import android.view.View;
import android.view.accessibility.AccessibilityManager;
import android.view.accessibility.AccessibilityNodeInfo;
import android.view.accessibility.AccessibilityNodeInfo.AccessibilityAction;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.Robolectric;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.annotation.Config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.robolectric.Shadows.shadowOf;

/**
 * Every screen of the real app, as the app's ScreensTest exported it earlier in the same build (module app writes
 * {@code app/target/a11y-snapshots/<mode>/<screen>.json}: the wire it sends to Android, and what each node is, in the
 * app's own terms): served by the provider and read back the way TalkBack reads it. The expectations come from the
 * app's side, not from this module's reading of the wire.
 */
@RunWith(RobolectricTestRunner.class)
@Config(sdk = {23, 35, 36}, qualifiers = "w480dp-h860dp-xhdpi")
public class AppScreensTest {
    static final Map<String, String> CLASS_NAMES = new HashMap<>();

    static {
        CLASS_NAMES.put("BUTTON", "android.widget.Button");
        CLASS_NAMES.put("TOGGLE", "android.widget.ToggleButton");
        CLASS_NAMES.put("CHECK_BOX", "android.widget.CheckBox");
        CLASS_NAMES.put("RADIO", "android.widget.RadioButton");
        CLASS_NAMES.put("LINK", "android.widget.Button");
        CLASS_NAMES.put("TEXT_FIELD", "android.widget.EditText");
        CLASS_NAMES.put("PASSWORD", "android.widget.EditText");
        CLASS_NAMES.put("COMBO", "android.widget.Spinner");
        CLASS_NAMES.put("ADJUSTABLE", "android.widget.SeekBar");
        CLASS_NAMES.put("PROGRESS", "android.widget.ProgressBar");
        CLASS_NAMES.put("LIST", "android.widget.ListView");
        CLASS_NAMES.put("LIST_ITEM", "android.view.View");
        CLASS_NAMES.put("SCROLL", "android.widget.ScrollView");
        CLASS_NAMES.put("TAB", "android.widget.TabWidget");
        CLASS_NAMES.put("TEXT", "android.widget.TextView");
        CLASS_NAMES.put("IMAGE", "android.widget.ImageView");
    }

    static List<Path> exports() throws IOException {
        String dir = System.getProperty("huzhong.snapshots.dir");
        Path root = dir == null ? null : Paths.get(dir);
        assertTrue("no screens exported by the app at " + root + ": run `mvn verify` from the project's root (the app's"
                + " ScreensTest writes them before this module's tests run)", root != null && Files.isDirectory(root));
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".json")).sorted().collect(Collectors.toList());
        }
    }

    @Test
    public void everyAppScreen_isReadByTalkBack_asTheAppDescribesIt() throws IOException {
        List<Path> screens = exports();
        assertTrue("the app's screens: " + screens.size(), screens.size() >= 30);
        Activity activity = Robolectric.buildActivity(MainActivity.class).setup().get();
        AccessibilityManager am = (AccessibilityManager) activity.getSystemService(Context.ACCESSIBILITY_SERVICE);
        shadowOf(am).setEnabled(true);
        shadowOf(am).setTouchExplorationEnabled(true);
        Recorder recorder = new Recorder();
        HuzhongA11yBridge bridge = new HuzhongA11yBridge(activity, recorder);
        bridge.start();
        shadowOf(Looper.getMainLooper()).idle();
        View host = bridge.host();
        float density = activity.getResources().getDisplayMetrics().density;
        int[] at = new int[2];
        host.getLocationOnScreen(at);
        int nodes = 0;
        for (Path file : screens) {
            JsonObject screen = JsonParser.parseString(new String(Files.readAllBytes(file), StandardCharsets.UTF_8))
                    .getAsJsonObject();
            String where = file.getParent().getFileName() + "/" + screen.get("screen").getAsString();
            bridge.setSnapshot(screen.get("wire").getAsString());
            shadowOf(Looper.getMainLooper()).idle();

            JsonArray expected = screen.getAsJsonArray("nodes");
            List<AccessibilityNodeInfo> read = TalkBack.walk(host);
            List<Integer> order = new ArrayList<>();
            for (AccessibilityNodeInfo i : read) {
                order.add(TalkBack.id(i));
            }
            List<Integer> appOrder = new ArrayList<>();
            for (JsonElement e : expected) {
                appOrder.add(e.getAsJsonObject().get("id").getAsInt());
            }
            assertEquals(where + ": TalkBack's order is the app's reading order", appOrder, order);

            for (int k = 0; k < expected.size(); k++) {
                JsonObject n = expected.get(k).getAsJsonObject();
                AccessibilityNodeInfo info = read.get(k);
                String what = where + " #" + n.get("id") + " " + n.get("name");
                String role = n.get("role").getAsString();
                String name = n.get("name").getAsString();
                String value = n.get("value").getAsString();
                List<String> flags = strings(n.getAsJsonArray("flags"));
                List<String> actions = strings(n.getAsJsonArray("actions"));
                boolean disabled = flags.contains("DISABLED");
                assertEquals(what, CLASS_NAMES.get(role), info.getClassName());
                if (role.equals("TEXT_FIELD") || role.equals("PASSWORD")) {
                    assertEquals(what, role.equals("PASSWORD") ? "" : value, text(info.getText()));
                    if (Build.VERSION.SDK_INT >= 26) {
                        assertTrue(what, text(info.getHintText()).startsWith(name));
                    }
                } else {
                    assertEquals(what, value.isEmpty() ? name : name + "，" + value, text(info.getText()));
                }
                assertEquals(what, !disabled, info.isEnabled());
                assertEquals(what, flags.contains("CHECKED"), info.isChecked());
                assertEquals(what, flags.contains("CHECKABLE"), info.isCheckable());
                assertEquals(what, flags.contains("SELECTED"), info.isSelected());
                assertEquals(what, flags.contains("FOCUSED"), info.isFocused());
                assertEquals(what, !flags.contains("OFFSCREEN"), info.isVisibleToUser());
                if (Build.VERSION.SDK_INT >= 28) {
                    assertEquals(what, flags.contains("HEADING"), info.isHeading());
                }
                boolean clicks = actions.contains("CLICK") && !disabled;
                assertEquals(what, clicks, info.getActionList().contains(AccessibilityAction.ACTION_CLICK));
                assertEquals(what, clicks, info.isClickable());
                Rect r = new Rect();
                info.getBoundsInScreen(r);
                int x = n.get("x").getAsInt();
                int y = n.get("y").getAsInt();
                assertEquals(what, new Rect(at[0] + Math.round(x * density), at[1] + Math.round(y * density),
                        at[0] + Math.round((x + n.get("width").getAsInt()) * density),
                        at[1] + Math.round((y + n.get("height").getAsInt()) * density)), r);
                nodes++;
            }

            // TalkBack's double tap on the first thing that can be pressed reaches the app with its id
            for (JsonElement e : expected) {
                JsonObject n = e.getAsJsonObject();
                if (strings(n.getAsJsonArray("actions")).contains("CLICK")
                        && !strings(n.getAsJsonArray("flags")).contains("DISABLED")) {
                    int before = recorder.actions.size();
                    assertTrue(where, host.getAccessibilityNodeProvider().performAction(n.get("id").getAsInt(),
                            AccessibilityNodeInfo.ACTION_CLICK, null));
                    assertEquals(where, n.get("id").getAsInt() + ":1:", recorder.actions.get(before));
                    break;
                }
            }
            for (JsonElement e : expected) {
                JsonObject n = e.getAsJsonObject();
                if (strings(n.getAsJsonArray("flags")).contains("DISABLED")) {
                    assertFalse(where + ": a disabled node refuses", host.getAccessibilityNodeProvider()
                            .performAction(n.get("id").getAsInt(), AccessibilityNodeInfo.ACTION_CLICK, null));
                }
            }
        }
        System.out.println("TalkBack read " + nodes + " nodes on " + screens.size() + " exported app screens (SDK "
                + Build.VERSION.SDK_INT + ")");
    }

    static String text(CharSequence s) {
        return s == null ? "" : s.toString();
    }

    static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        for (JsonElement e : a) {
            out.add(e.getAsString());
        }
        return out;
    }
}
