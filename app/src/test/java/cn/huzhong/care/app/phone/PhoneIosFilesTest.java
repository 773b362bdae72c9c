package cn.huzhong.care.app.phone;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The iOS files: the partial Info.plist (parsed by the same property-list library Gluon's build merges it with)
 * and the storyboards of app/src/ios/assets.
 */
class PhoneIosFilesTest {
    static final String PARTIAL = "META-INF/substrate/ios/Partial-Info.plist";

    static NSDictionary partial() throws Exception {
        // from the class path: where Gluon's build looks for it
        try (InputStream in = PhoneIosFilesTest.class.getClassLoader().getResourceAsStream(PARTIAL)) {
            assertNotNull(in, PARTIAL + " is not on the class path");
            NSObject root = PropertyListParser.parse(in);
            return assertInstanceOf(NSDictionary.class, root, "a property list whose root is a dictionary");
        }
    }

    @Test
    void partialPlist_queriesTel_exemptEncryption_localizations() throws Exception {
        NSDictionary d = partial();
        NSArray schemes = assertInstanceOf(NSArray.class, d.get("LSApplicationQueriesSchemes"));
        assertTrue(schemes.containsObject(new NSString("tel")), schemes.toXMLPropertyList());
        NSNumber encryption = assertInstanceOf(NSNumber.class, d.get("ITSAppUsesNonExemptEncryption"));
        assertTrue(encryption.isBoolean());
        assertFalse(encryption.boolValue());
        assertEquals("呼中助残", d.get("CFBundleDisplayName").toJavaObject());
        Set<Object> localizations = new HashSet<>(Arrays.asList(
                (Object[]) assertInstanceOf(NSArray.class, d.get("CFBundleLocalizations")).toJavaObject()));
        assertEquals(Set.of("zh_CN", "en"), localizations);
    }

    @Test
    void partialPlist_everyUsageDescriptionIsARealSentence() throws Exception {
        for (String key : partial().allKeys()) {
            if (key.endsWith("UsageDescription")) {
                String text = partial().get(key).toJavaObject().toString();
                assertTrue(text.length() >= 20 && !text.matches("(?i).*(todo|might need|lorem).*"), key + ": " + text);
            }
        }
    }

    @Test
    void partialPlist_keysAreIosKeys_notDesktopOnes() throws Exception {
        // what the build owns must not be overwritten by accident: the executable, the bundle id, versions
        Set<String> owned = Set.of("CFBundleExecutable", "CFBundleIdentifier", "CFBundleVersion",
                "CFBundleShortVersionString", "MinimumOSVersion");
        Set<String> keys = Set.of(partial().allKeys());
        assertEquals(Set.of(), keys.stream().filter(owned::contains).collect(Collectors.toSet()));
    }

    static Document xml(Path f) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(f.toFile());
    }

    @Test
    void storyboards_parse_launchScreenMarked_initialControllerExists() throws Exception {
        Path base = PhoneBuild.appDir().resolve("src/ios/assets/Base.lproj");
        for (String name : List.of("LaunchScreen", "MainScreen")) {
            Document d = xml(base.resolve(name + ".storyboard"));
            Element root = d.getDocumentElement();
            assertEquals("document", root.getTagName());
            assertEquals("com.apple.InterfaceBuilder3.CocoaTouch.Storyboard.XIB", root.getAttribute("type"));
            assertEquals(name.equals("LaunchScreen") ? "YES" : "", root.getAttribute("launchScreen"));
            String initial = root.getAttribute("initialViewController");
            NodeList controllers = d.getElementsByTagName("viewController");
            boolean found = false;
            for (int i = 0; i < controllers.getLength(); i++) {
                found |= initial.equals(((Element) controllers.item(i)).getAttribute("id"));
            }
            assertTrue(found, name + ": no view controller " + initial);
        }
        // substrate 0.0.69's default Info.plist names these two storyboards
        try (var files = Files.list(base)) {
            assertEquals(Set.of("LaunchScreen.storyboard", "MainScreen.storyboard"),
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
    }
}
