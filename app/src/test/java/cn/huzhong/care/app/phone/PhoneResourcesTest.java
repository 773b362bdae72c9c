package cn.huzhong.care.app.phone;

import atlantafx.base.theme.PrimerLight;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static cn.huzhong.care.app.phone.PhoneBuild.list;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the native image packs: the message bundles (bundlesList: .properties are not packed otherwise), the
 * resources the app loads (the plugin packs png, ttf, css, json… by extension; resourcesList adds patterns) and
 * the locales of the bundles. Every resource of the app and of core, and of the libraries that load resources of
 * their own at run time, must be covered, or be named below as not read on a phone, with the reason.
 */
class PhoneResourcesTest {
    /** The extensions Gluon's substrate 0.0.69 packs by itself (AbstractTargetConfiguration.RESOURCES_BY_EXTENSION). */
    static final List<String> PACKED_BY_EXTENSION = List.of("png", "jpg", "jpeg", "gif", "bmp", "ttf", "raw", "xml",
            "fxml", "css", "gls", "json", "dat", "license", "frag", "vert", "obj", "mtl", "js", "zip");

    /** Resources of ours a phone never reads, and why. */
    static final Map<String, String> NOT_READ_ON_A_PHONE = Map.of(
            "cn/huzhong/care/core/api/openapi.yaml", "the API document: the server serves it and the contract tests read it");

    /** Third-party resources a phone never reads, and why (checked below where it can be). */
    static final Map<Pattern, String> THIRD_PARTY_NOT_READ = Map.of(
            Pattern.compile("atlantafx/base/theme/.*\\.bss"),
            "binary stylesheets: Theme installs the .css form (getUserAgentStylesheet, never …BSS)");

    static final Pattern BUNDLE_FILE = Pattern.compile("(.+?)(_([a-z]{2,3})(_([A-Z]{2}))?)?\\.properties");

    static Xpp3Dom config() {
        return PhoneBuild.gluonfx(PhoneBuild.appModel("android"));
    }

    /** Where a class was loaded from: a folder of classes or a jar. */
    static Path origin(Class<?> c) {
        try {
            return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    /** Every resource (not a class) in a folder or jar, as a resource name. */
    static List<String> resources(Path origin) throws IOException {
        List<String> out = new ArrayList<>();
        if (Files.isDirectory(origin)) {
            try (Stream<Path> files = Files.walk(origin)) {
                files.filter(Files::isRegularFile).map(f -> origin.relativize(f).toString().replace('\\', '/'))
                        .filter(n -> !n.endsWith(".class")).forEach(out::add);
            }
        } else {
            try (ZipFile zip = new ZipFile(origin.toFile())) {
                for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                    ZipEntry z = e.nextElement();
                    if (!z.isDirectory() && !z.getName().endsWith(".class")) {
                        out.add(z.getName());
                    }
                }
            }
        }
        return out;
    }

    static boolean packedByExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot >= 0 && PACKED_BY_EXTENSION.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static boolean inResourcesList(String name) {
        return list(config(), "resourcesList").stream().anyMatch(p -> name.matches(p));
    }

    /** Our own resources: the app's and core's. */
    static List<String> ours() throws IOException {
        List<String> all = new ArrayList<>(resources(origin(cn.huzhong.care.app.AppMain.class)));
        all.addAll(resources(origin(cn.huzhong.care.core.i18n.CoreMessages.class)));
        return all;
    }

    /** Build-time inputs, not run-time resources: Gluon's META-INF/substrate, service registrations, Maven's files. */
    static boolean buildTimeOnly(String name) {
        return name.startsWith("META-INF/") && !name.startsWith("META-INF/resources/");
    }

    @Test
    void everyBundleOfOurs_isInBundlesList_inBothLanguages_andItsLocalesAreIncluded() throws IOException {
        Map<String, Set<String>> families = new TreeMap<>();
        for (String name : ours()) {
            Matcher m = BUNDLE_FILE.matcher(name);
            if (!buildTimeOnly(name) && m.matches() && m.group(2) != null) {
                families.computeIfAbsent(m.group(1).replace('/', '.'), k -> new TreeSet<>()).add(m.group(2).substring(1));
            }
        }
        assertFalse(families.isEmpty());
        Set<String> listed = new TreeSet<>(list(config(), "bundlesList"));
        assertEquals(families.keySet(), listed, "bundlesList and the bundles in the app and core");
        String includeLocales = list(config(), "nativeImageArgs").stream().filter(a -> a.startsWith("-H:IncludeLocales="))
                .findFirst().orElseThrow();
        Set<String> locales = Set.of(includeLocales.substring(includeLocales.indexOf('=') + 1).split(","));
        families.forEach((bundle, suffixes) -> {
            assertEquals(Set.of("zh_CN", "en"), suffixes, bundle + ": every string in both languages");
            for (String s : suffixes) {
                assertTrue(locales.contains(s.replace('_', '-')), s + " is not in " + includeLocales);
            }
        });
    }

    @Test
    void everyResourceOfOurs_isPackedOrNamedAsNotReadOnAPhone() throws IOException {
        Set<String> bundles = new TreeSet<>(list(config(), "bundlesList"));
        List<String> uncovered = new ArrayList<>();
        for (String name : ours()) {
            Matcher m = BUNDLE_FILE.matcher(name);
            boolean bundle = m.matches() && bundles.contains(m.group(1).replace('/', '.'));
            if (!buildTimeOnly(name) && !bundle && !packedByExtension(name) && !inResourcesList(name)
                    && !NOT_READ_ON_A_PHONE.containsKey(name)) {
                uncovered.add(name);
            }
        }
        assertEquals(List.of(), uncovered, "add a pattern to resourcesList in app/pom.xml (or say here why a phone never reads it)");
        // the ones said not to be read are really there (a stale exception hides nothing)
        List<String> all = ours();
        NOT_READ_ON_A_PHONE.keySet().forEach(n -> assertTrue(all.contains(n), n));
    }

    @Test
    void resourcesList_patternsAreValidJsonSafeAndEachMatchesSomething() throws IOException {
        List<String> patterns = list(config(), "resourcesList");
        List<String> all = ours();
        for (String p : patterns) {
            // substrate writes each one into a JSON file as it is: a backslash or a quote would break that file
            assertFalse(p.contains("\\") || p.contains("\""), "write [.] instead of \\. : " + p);
            Pattern.compile(p);
            assertTrue(all.stream().anyMatch(n -> n.matches(p)), "matches nothing: " + p);
        }
        // and the one resource the phone build needs them for
        assertTrue(inResourcesList("cn/huzhong/care/app/platform/build-info.properties"));
    }

    /** Patterns of a library's own native-image resource configuration (GraalVM reads those by itself). */
    static List<Pattern> ownConfig(ZipFile zip) throws IOException {
        List<Pattern> out = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
            ZipEntry z = e.nextElement();
            if (z.getName().startsWith("META-INF/native-image/") && z.getName().matches(".*resources?-config\\.json")) {
                JsonElement json = JsonParser.parseReader(new InputStreamReader(zip.getInputStream(z), StandardCharsets.UTF_8));
                JsonElement resources = json.getAsJsonObject().get("resources");
                var entries = resources.isJsonArray() ? resources.getAsJsonArray()
                        : resources.getAsJsonObject().getAsJsonArray("includes");
                entries.forEach(x -> out.add(Pattern.compile(x.getAsJsonObject().get("pattern").getAsString())));
            }
        }
        return out;
    }

    @Test
    void librariesThatLoadResources_theirResourcesArePacked() throws IOException {
        List<Class<?>> libraries = List.of(PrimerLight.class, org.kordamp.ikonli.Ikon.class,
                org.kordamp.ikonli.javafx.FontIcon.class, org.kordamp.ikonli.materialdesign2.MaterialDesignA.class,
                okhttp3.OkHttpClient.class, okio.Buffer.class, com.google.gson.Gson.class);
        List<String> uncovered = new ArrayList<>();
        for (Class<?> library : libraries) {
            Path jar = origin(library);
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                List<Pattern> own = ownConfig(zip);
                for (String name : resources(jar)) {
                    boolean covered = buildTimeOnly(name) || packedByExtension(name) || inResourcesList(name)
                            || own.stream().anyMatch(p -> p.matcher(name).matches())
                            || THIRD_PARTY_NOT_READ.keySet().stream().anyMatch(p -> p.matcher(name).matches());
                    if (!covered) {
                        uncovered.add(jar.getFileName() + "!" + name);
                    }
                }
            }
        }
        assertEquals(List.of(), uncovered);
        // e.g. OkHttp's public-suffix list, covered by OkHttp's own configuration
        try (ZipFile zip = new ZipFile(origin(okhttp3.OkHttpClient.class).toFile())) {
            String name = "okhttp3/internal/publicsuffix/PublicSuffixDatabase.list";
            assertTrue(zip.getEntry(name) != null && ownConfig(zip).stream().anyMatch(p -> p.matcher(name).matches()));
        }
    }

    @Test
    void atlantafx_theAppInstallsTheCssForm() {
        assertTrue(new PrimerLight().getUserAgentStylesheet().endsWith(".css"));
        boolean bss = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.huzhong.care.app").stream()
                .flatMap(c -> c.getMethodCallsFromSelf().stream())
                .anyMatch(call -> call.getName().equals("getUserAgentStylesheetBSS"));
        assertFalse(bss, "a .bss stylesheet is not packed: add .*[.]bss to resourcesList first");
    }
}
