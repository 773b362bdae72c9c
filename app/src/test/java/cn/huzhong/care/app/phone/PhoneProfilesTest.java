package cn.huzhong.care.app.phone;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.apache.maven.model.Dependency;
import org.apache.maven.model.Model;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.huzhong.care.app.phone.PhoneBuild.gluonfx;
import static cn.huzhong.care.app.phone.PhoneBuild.list;
import static cn.huzhong.care.app.phone.PhoneBuild.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The phone profiles as Maven builds them: no server in a phone, every Attach service listed and declared, one
 * Attach version, versions and signing from the right places, and Maven itself accepting both profiles.
 */
class PhoneProfilesTest {
    static final List<String> PHONES = List.of("android", "ios");
    static final String ATTACH = "com.gluonhq.attach";

    /** What runs a server or holds its database: never in a phone. */
    static boolean serverSide(Dependency d) {
        String g = d.getGroupId();
        String a = d.getArtifactId();
        return (g.equals("cn.huzhong.care") && a.equals("server")) || g.equals("io.javalin")
                || g.startsWith("org.eclipse.jetty") || (g.equals("org.xerial") && a.startsWith("sqlite"))
                || g.equals("org.postgresql") || g.equals("org.flywaydb") || a.equalsIgnoreCase("HikariCP");
    }

    /** Server-side artifacts the module declares under {@code profiles}, and those of our own modules it uses. */
    static List<String> serverSideIn(String module, List<String> profiles, Set<String> seen) {
        List<String> found = new ArrayList<>();
        if (!seen.add(module)) {
            return found;
        }
        Model model = PhoneBuild.model(module, profiles, Map.of());
        for (Dependency d : model.getDependencies()) {
            boolean ownModuleTest = !module.equals("app") && "test".equals(d.getScope());
            if (ownModuleTest) {
                continue; // a module's test dependencies never reach the app
            }
            if (serverSide(d)) {
                found.add(module + " -> " + d.getManagementKey() + " (" + d.getScope() + ")");
            }
            if (d.getGroupId().equals("cn.huzhong.care") && Files.isDirectory(PhoneBuild.rootDir().resolve(d.getArtifactId()))) {
                found.addAll(serverSideIn(d.getArtifactId(), profiles, seen));
            }
        }
        return found;
    }

    @ParameterizedTest
    @ValueSource(strings = {"android", "ios"})
    void phoneProfile_declaresNoServerJettyJavalinSqliteOrPostgres_directlyOrThroughOurModules(String profile) {
        assertEquals(List.of(), serverSideIn("app", List.of(profile), new HashSet<>()));
    }

    @Test
    void desktopProfile_isTheDefault_andHasTheEmbeddedServer() {
        // the same check finds the server where it belongs: it can fail
        List<String> found = serverSideIn("app", List.of(), new HashSet<>());
        assertTrue(found.contains("app -> cn.huzhong.care:server:jar (runtime)"), found.toString());
        assertEquals("host", PhoneBuild.appModel().getProperties().getProperty("gluonfx.target"));
    }

    @Test
    void signingVariablesSet_desktopProfileStaysOn_andPhoneSigningFollowsThem() {
        Map<String, String> env = Map.of(
                "HUZHONG_ANDROID_KEYSTORE_PATH", "/keys/release.jks",
                "HUZHONG_ANDROID_KEYSTORE_PASSWORD", "store-secret",
                "HUZHONG_ANDROID_KEY_ALIAS", "huzhong",
                "HUZHONG_ANDROID_KEY_PASSWORD", "key-secret",
                "HUZHONG_IOS_SIGNING_IDENTITY", "Apple Distribution: Huzhong",
                "HUZHONG_IOS_PROVISIONING_PROFILE", "Huzhong Care App Store");
        Model desktop = PhoneBuild.model("app", List.of(), env);
        assertTrue(desktop.getDependencies().stream().anyMatch(PhoneProfilesTest::serverSide),
                "a release machine's variables must not switch the desktop build off");

        Xpp3Dom release = gluonfx(PhoneBuild.model("app", List.of("android"), env)).getChild("releaseConfiguration");
        assertEquals("/keys/release.jks", value(release, "providedKeyStorePath"));
        assertEquals("store-secret", value(release, "providedKeyStorePassword"));
        assertEquals("huzhong", value(release, "providedKeyAlias"));
        assertEquals("key-secret", value(release, "providedKeyAliasPassword"));
        assertEquals("Apple Distribution: Huzhong", value(release, "providedSigningIdentity"));
        assertEquals("Huzhong Care App Store", value(release, "providedProvisioningProfile"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"android", "ios"})
    void signingVariablesUnset_signingEntriesEmpty_notTheLiteralVariableName(String profile) {
        Xpp3Dom release = gluonfx(PhoneBuild.appModel(profile)).getChild("releaseConfiguration");
        for (String key : List.of("providedKeyStorePath", "providedKeyStorePassword", "providedKeyAlias",
                "providedKeyAliasPassword", "providedSigningIdentity", "providedProvisioningProfile")) {
            String v = value(release, key);
            assertTrue(v == null || v.isEmpty(), key + " = " + v);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"android", "ios"})
    void gluonfx_configuredForThePhone(String profile) throws Exception {
        Model model = PhoneBuild.appModel(profile);
        Xpp3Dom config = gluonfx(model);
        assertEquals("1.0.29", PhoneBuild.plugin(model, PhoneBuild.GLUONFX).getVersion());
        assertEquals(profile, value(config, "target"));
        assertEquals(profile, model.getProperties().getProperty("gluonfx.target"));

        // the main class has a main method (native images start there)
        Class<?> main = Class.forName(value(config, "mainClass"));
        Method m = main.getMethod("main", String[].class);
        assertTrue(Modifier.isStatic(m.getModifiers()));

        // the app identifier is a valid Java package (Android's package, iOS's bundle id)
        String id = value(config, "appIdentifier");
        assertTrue(id.matches("[a-z][a-z0-9_]*(\\.[a-z][a-z0-9_]*)+"), id);
        for (String part : id.split("\\.")) {
            assertFalse(javax.lang.model.SourceVersion.isKeyword(part), id);
        }

        // the name becomes the APK's, the IPA's and the iOS executable's
        assertTrue(model.getName().matches("[A-Za-z][A-Za-z0-9]*"), model.getName());

        // Gluon's GraalVM 22.1 is Java 17
        assertEquals("17", model.getProperties().getProperty("maven.compiler.release"));

        String locales = list(config, "nativeImageArgs").stream().filter(a -> a.startsWith("-H:IncludeLocales="))
                .findFirst().orElseThrow().substring("-H:IncludeLocales=".length());
        assertTrue(Set.of(locales.split(",")).containsAll(Set.of("zh", "zh-CN", "en")), locales);
    }

    @ParameterizedTest
    @ValueSource(strings = {"android", "ios"})
    void releaseConfiguration_labelAndVersionsFromTheProject(String profile) {
        Model model = PhoneBuild.appModel(profile);
        Xpp3Dom release = gluonfx(model).getChild("releaseConfiguration");
        assertNotNull(release);
        String version = model.getVersion().replaceFirst("-SNAPSHOT$", "");
        assertEquals("呼中助残", value(release, "appLabel"));
        assertEquals("呼中助残", value(release, "bundleName"));
        assertEquals(version, value(release, "versionName"));
        assertEquals(version, value(release, "bundleShortVersion"));
        assertTrue(version.matches("[0-9]+(\\.[0-9]+){0,2}"), "iOS wants one to three numbers: " + version);
        assertTrue(value(release, "versionCode").matches("[1-9][0-9]*"), value(release, "versionCode"));
        assertEquals(value(release, "versionCode"), value(release, "bundleVersion"));
        assertEquals("false", value(release, "skipSigning"));
    }

    static Set<String> attachArtifacts(Model model) {
        return model.getDependencies().stream()
                .filter(d -> d.getGroupId().equals(ATTACH) && d.getClassifier() == null)
                .map(Dependency::getArtifactId).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Attach services used by the app's compiled classes and by the phone sources. */
    static Set<String> attachServicesUsed() throws IOException {
        Set<String> packages = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.huzhong.care.app")) {
            c.getDirectDependenciesFromSelf().forEach(d -> packages.add(d.getTargetClass().getPackageName()));
        }
        Pattern imports = Pattern.compile("^import\\s+(static\\s+)?(com\\.gluonhq\\.attach\\.[a-z]+)\\.", Pattern.MULTILINE);
        try (Stream<Path> files = Files.walk(PhoneBuild.appDir().resolve("src/phone/java"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = imports.matcher(Files.readString(f, StandardCharsets.UTF_8));
                while (m.find()) {
                    packages.add(m.group(2));
                }
            }
        }
        return packages.stream().filter(p -> p.startsWith(ATTACH + "."))
                .map(p -> p.substring(ATTACH.length() + 1).split("\\.")[0])
                .map(s -> switch (s) {
                    case "localnotifications" -> "local-notifications";
                    case "runtimeargs" -> "runtime-args";
                    default -> s;
                })
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @ParameterizedTest
    @ValueSource(strings = {"android", "ios"})
    void attachList_everyServiceUsed_eachADependency_oneVersion(String profile) throws IOException {
        Model model = PhoneBuild.appModel(profile);
        Set<String> listed = new TreeSet<>(list(gluonfx(model), "attachList"));
        Set<String> declared = attachArtifacts(model);
        declared.remove("util"); // the plugin adds util by itself

        assertEquals(declared, listed, "attachList and the Attach dependencies");
        Set<String> used = attachServicesUsed();
        used.remove("util");
        assertTrue(listed.containsAll(used), "used " + used + ", listed " + listed);
        // local-notifications reports taps through runtime-args, which needs its phone implementation too
        assertTrue(listed.contains("runtime-args"));

        Set<String> versions = model.getDependencies().stream().filter(d -> d.getGroupId().equals(ATTACH))
                .map(Dependency::getVersion).collect(Collectors.toSet());
        assertEquals(Set.of(model.getProperties().getProperty("attach.phone.version")), versions);
    }

    @Test
    void desktopBuild_needsNoPhoneOnlyAttachModule() {
        Model desktop = PhoneBuild.appModel();
        Set<String> attach = attachArtifacts(desktop);
        for (String phoneOnly : List.of("dialer", "connectivity", "local-notifications", "runtime-args")) {
            assertFalse(attach.contains(phoneOnly), phoneOnly + " is not served to this project's machines");
        }
        Set<String> versions = desktop.getDependencies().stream().filter(d -> d.getGroupId().equals(ATTACH))
                .map(Dependency::getVersion).collect(Collectors.toSet());
        assertEquals(Set.of(PhoneBuild.model("", List.of(), Map.of()).getProperties().getProperty("attach.version")),
                versions);
        // nor the phone sources
        assertNull(desktop.getBuild().getPluginsAsMap().get("org.codehaus.mojo:build-helper-maven-plugin"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"android", "ios"})
    void phoneBuild_compilesThePhoneSources_andRequiresAnHttpsServer(String profile) {
        Model model = PhoneBuild.appModel(profile);
        String helper = model.getBuild().getPluginsAsMap().get("org.codehaus.mojo:build-helper-maven-plugin")
                .getExecutions().toString() + model.getBuild().getPluginsAsMap()
                .get("org.codehaus.mojo:build-helper-maven-plugin").getExecutions().stream()
                .map(e -> String.valueOf(e.getConfiguration())).collect(Collectors.joining());
        assertTrue(helper.contains("src/phone/java") && helper.contains("src/phone/resources"), helper);

        String enforcer = model.getBuild().getPluginsAsMap().get("org.apache.maven.plugins:maven-enforcer-plugin")
                .getExecutions().stream().map(e -> e.getPhase() + " " + e.getConfiguration()).collect(Collectors.joining());
        assertTrue(enforcer.contains("huzhong.server.url") && enforcer.contains("https://"), enforcer);
        assertFalse(enforcer.startsWith("validate"), "validate must stay free of it: " + enforcer);
        assertEquals("", PhoneBuild.appModel().getProperties().getProperty("huzhong.server.url", ""));
    }

    @Test
    void releaseVersion_isTheProjectVersion() {
        Model app = PhoneBuild.appModel();
        assertEquals(app.getVersion().replaceFirst("-SNAPSHOT$", ""), app.getProperties().getProperty("huzhong.release.version"));
    }

    /** Maven itself, on this machine: the phone profiles' models are valid (validate resolves no dependency). */
    @ParameterizedTest
    @ValueSource(strings = {"android", "ios"})
    void mavenValidate_withThePhoneProfile_succeeds(String profile) throws Exception {
        String home = System.getProperty("maven.home");
        assertNotNull(home, "run by Maven: surefire passes maven.home");
        Path mvn = Path.of(home, "bin", System.getProperty("os.name").startsWith("Windows") ? "mvn.cmd" : "mvn");
        Path log = Files.createTempFile("mvn-validate-" + profile, ".log");
        try {
            Process p = new ProcessBuilder(mvn.toString(), "-B", "-ntp", "-o", "-q", "-f",
                    PhoneBuild.rootDir().resolve("pom.xml").toString(), "-P" + profile, "-DskipTests", "validate")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "mvn validate did not finish");
            assertEquals(0, p.exitValue(), Files.readString(log));
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
