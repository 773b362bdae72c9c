package cn.huzhong.care.app.phone;

import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static cn.huzhong.care.app.phone.PhoneBuild.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * app/src/android/AndroidManifest.xml against the rules of Gluon's build (substrate 0.0.69,
 * AndroidTargetConfiguration.prepareAndroidFiles) and the permissions the app needs, no more.
 */
class PhoneAndroidManifestTest {
    static final String ANDROID = "http://schemas.android.com/apk/res/android";
    static final String TOOLS = "http://schemas.android.com/tools";
    static final Set<String> PERMISSIONS = Set.of(
            "android.permission.INTERNET",              // the REST API
            "android.permission.ACCESS_NETWORK_STATE",  // Attach connectivity
            "android.permission.CALL_PHONE",            // Attach dialer
            "android.permission.POST_NOTIFICATIONS");   // Attach local notifications (Android 13+)

    static Path file;
    static String text;
    static Document doc;

    @BeforeAll
    static void parse() throws Exception {
        file = PhoneBuild.appDir().resolve("src/android/AndroidManifest.xml");
        text = Files.readString(file, StandardCharsets.UTF_8);
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        doc = f.newDocumentBuilder().parse(file.toFile());
    }

    static List<Element> all(String tag) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add((Element) nodes.item(i));
        }
        return out;
    }

    static Element activity(String name) {
        return all("activity").stream().filter(a -> name.equals(a.getAttributeNS(ANDROID, "name"))).findFirst()
                .orElseThrow(() -> new AssertionError(name + " is missing"));
    }

    /**
     * The build reads the attribute's value ({@code value}) and replaces the text {@code :attribute='value'} wherever
     * it occurs: so it must be written in single quotes, and occur once.
     */
    static String rewritable(String attribute, String value) {
        String written = ":" + attribute + "='" + value + "'";
        int count = 0;
        for (int at = text.indexOf(written); at >= 0; at = text.indexOf(written, at + 1)) {
            count++;
        }
        assertEquals(1, count, written + " must occur exactly once (single quotes: the build rewrites only that form)");
        return value;
    }

    @Test
    void manifest_noPackageAttribute() {
        Element manifest = doc.getDocumentElement();
        assertEquals("manifest", manifest.getTagName());
        assertFalse(manifest.hasAttribute("package"), "the package is the build's appIdentifier (Gradle's namespace)");
    }

    @Test
    void versionsAndLabel_singleQuoted_onTheRightElements_equalToTheBuildsOwn() {
        Xpp3Dom release = PhoneBuild.gluonfx(PhoneBuild.appModel("android")).getChild("releaseConfiguration");
        Element manifest = doc.getDocumentElement();
        Element application = all("application").get(0);

        rewritable("versionCode", manifest.getAttributeNS(ANDROID, "versionCode"));
        rewritable("versionName", manifest.getAttributeNS(ANDROID, "versionName"));
        rewritable("label", application.getAttributeNS(ANDROID, "label"));
        // equal to what the build writes, so a build with the defaults leaves this tracked file as it is
        assertEquals(value(release, "versionCode"), manifest.getAttributeNS(ANDROID, "versionCode"));
        assertEquals(value(release, "versionName"), manifest.getAttributeNS(ANDROID, "versionName"));
        assertEquals(value(release, "appLabel"), application.getAttributeNS(ANDROID, "label"));
        assertEquals(1, all("application").size());
    }

    @Test
    void gluonsActivities_kept_mainOneLaunches() {
        Element main = activity("com.gluonhq.helloandroid.MainActivity");
        activity("com.gluonhq.helloandroid.PermissionRequestActivity");
        Set<String> filter = new TreeSet<>();
        NodeList children = main.getElementsByTagName("*");
        for (int i = 0; i < children.getLength(); i++) {
            filter.add(((Element) children.item(i)).getAttributeNS(ANDROID, "name"));
        }
        assertTrue(filter.containsAll(Set.of("android.intent.action.MAIN", "android.intent.category.LAUNCHER")), filter.toString());
        assertEquals("true", main.getAttributeNS(ANDROID, "exported"));
        // Attach's local-notifications library declares MainActivity with other configChanges: ours wins
        assertTrue(main.getAttributeNS(TOOLS, "replace").contains("android:configChanges"));
        assertTrue(main.getAttributeNS(ANDROID, "configChanges").contains("orientation"));
    }

    @Test
    void permissions_exactlyWhatTheAppUses() {
        Set<String> declared = new TreeSet<>();
        for (Element p : all("uses-permission")) {
            assertTrue(declared.add(p.getAttributeNS(ANDROID, "name")), "twice: " + p.getAttributeNS(ANDROID, "name"));
        }
        assertEquals(new TreeSet<>(PERMISSIONS), declared);
        // calling must not hide the app from devices without telephony
        Element telephony = all("uses-feature").stream()
                .filter(e -> "android.hardware.telephony".equals(e.getAttributeNS(ANDROID, "name"))).findFirst().orElseThrow();
        assertEquals("false", telephony.getAttributeNS(ANDROID, "required"));
    }

    @Test
    void application_iconIsTheLauncherIcon_noCloudBackup() {
        Element application = all("application").get(0);
        assertEquals("@mipmap/ic_launcher", application.getAttributeNS(ANDROID, "icon"));
        assertTrue(Files.isRegularFile(PhoneBuild.appDir().resolve("src/android/res/mipmap-mdpi/ic_launcher.png")));
        assertEquals("false", application.getAttributeNS(ANDROID, "allowBackup"));
    }
}
