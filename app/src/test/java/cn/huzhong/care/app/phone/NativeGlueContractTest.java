package cn.huzhong.care.app.phone;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The names that tie the app's Java to the native halves, which no build here can link: for Android (android/, C) and
 * iOS (ios/, Objective-C) alike, every native method of the app's {@code AndroidNative}/{@code IosNative} has its
 * {@code Java_…} function with the matching parameter types, every callback the native code looks up exists with that
 * signature and is listed in the jniconfig JSON (the native image drops what is not), the library name matches
 * {@code JNI_OnLoad_<lib>}, and the android module's test double of AndroidNative declares the same. A rename on one
 * side fails here instead of crashing on the first phone.
 */
class NativeGlueContractTest {
    static final Path ROOT = PhoneBuild.rootDir();
    static final Path PHONE = ROOT.resolve("app/src/phone/java/cn/huzhong/care/app/platform/phone");
    static final Pattern JAVA_NATIVE = Pattern.compile("static native (\\w+) (native\\w+)\\(([^)]*)\\)");
    static final Pattern JAVA_CALLBACK = Pattern.compile("private static void (on\\w+)\\(([^)]*)\\)");
    static final Pattern STATIC_LOOKUP = Pattern.compile("GetStaticMethodID\\(env, jAppClass, \"(\\w+)\", \"([^\"]+)\"\\)");
    static final Map<String, String> JNI_TYPES = Map.of("boolean", "jboolean", "void", "void", "float", "jfloat",
            "int", "jint", "String", "jstring");
    static final Map<String, String> DESCRIPTORS = Map.of("boolean", "Z", "void", "V", "float", "F", "int", "I",
            "String", "Ljava/lang/String;");

    static String read(Path p) throws IOException {
        return Files.readString(p, StandardCharsets.UTF_8);
    }

    /** Java parameter list "String text, int id" → its types. */
    static List<String> types(String params) {
        List<String> out = new ArrayList<>();
        for (String p : params.split(",")) {
            if (!p.isBlank()) {
                out.add(p.trim().split("\\s+")[0]);
            }
        }
        return out;
    }

    /** name → "returnType(paramTypes)" of the native methods of a Java source. */
    static Map<String, String> javaNatives(String source) {
        Map<String, String> out = new TreeMap<>();
        Matcher m = JAVA_NATIVE.matcher(source);
        while (m.find()) {
            out.put(m.group(2), m.group(1) + types(m.group(3)));
        }
        return out;
    }

    /** name → JNI descriptor of the callbacks of a Java source. */
    static Map<String, String> javaCallbacks(String source) {
        Map<String, String> out = new TreeMap<>();
        Matcher m = JAVA_CALLBACK.matcher(source);
        while (m.find()) {
            StringBuilder d = new StringBuilder("(");
            types(m.group(2)).forEach(t -> d.append(DESCRIPTORS.get(t)));
            out.put(m.group(1), d.append(")V").toString());
        }
        return out;
    }

    /** name → "returnType(javaParamTypes)" of the Java_… functions for {@code className} in a C/Objective-C file. */
    static Map<String, String> nativeFunctions(String c, String className) {
        Map<String, String> out = new TreeMap<>();
        Pattern p = Pattern.compile("JNIEXPORT (\\w+) JNICALL Java_cn_huzhong_care_app_platform_phone_" + className
                + "_(\\w+)\\(JNIEnv \\*env, jclass cls,?([^)]*)\\)");
        Matcher m = p.matcher(c.replaceAll("\\s*\\n\\s*", " "));
        while (m.find()) {
            List<String> params = new ArrayList<>();
            for (String t : types(m.group(3))) {
                String java = JNI_TYPES.entrySet().stream().filter(e -> e.getValue().equals(t)).map(Map.Entry::getKey)
                        .findFirst().orElse("?" + t);
                params.add(java);
            }
            String ret = JNI_TYPES.entrySet().stream().filter(e -> e.getValue().equals(m.group(1)))
                    .map(Map.Entry::getKey).findFirst().orElse("?" + m.group(1));
            out.put(m.group(2), ret + params);
        }
        return out;
    }

    static Map<String, String> lookups(String c) {
        Map<String, String> out = new TreeMap<>();
        Matcher m = STATIC_LOOKUP.matcher(c.replaceAll("\\s*\\n\\s*", " "));
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    static Map<String, String> jniConfig(Path json, String className) throws IOException {
        String text = read(json);
        List<String> lines = text.strip().lines().toList();
        assertEquals("[", lines.get(0), "substrate drops the lines starting with [ and ]: they must be alone");
        assertEquals("]", lines.get(lines.size() - 1));
        JsonArray entries = JsonParser.parseString(text).getAsJsonArray();
        assertEquals(1, entries.size());
        JsonObject entry = entries.get(0).getAsJsonObject();
        assertEquals(className, entry.get("name").getAsString());
        Map<String, String> out = new TreeMap<>();
        for (JsonElement m : entry.getAsJsonArray("methods")) {
            StringBuilder d = new StringBuilder("(");
            for (JsonElement t : m.getAsJsonObject().getAsJsonArray("parameterTypes")) {
                String type = t.getAsString();
                d.append(DESCRIPTORS.get(type.equals("java.lang.String") ? "String" : type));
            }
            out.put(m.getAsJsonObject().get("name").getAsString(), d.append(")V").toString());
        }
        return out;
    }

    void check(String className, Path nativeFile, Path json, String library) throws IOException {
        String java = read(PHONE.resolve(className + ".java"));
        String c = read(nativeFile);
        Map<String, String> natives = javaNatives(java);
        assertTrue(natives.size() >= 8, natives.toString());
        assertEquals(natives, nativeFunctions(c, className), className + ": Java natives = native functions");
        Map<String, String> callbacks = javaCallbacks(java);
        assertEquals(3, callbacks.size(), callbacks.toString());
        assertEquals(callbacks, lookups(c), className + ": callbacks the native code looks up");
        assertEquals(callbacks, jniConfig(json, "cn.huzhong.care.app.platform.phone." + className),
                className + ": callbacks kept by the native image");
        assertTrue(c.contains("FindClass(env, \"cn/huzhong/care/app/platform/phone/" + className + "\")"));
        assertTrue(java.contains("System.loadLibrary(\"" + library + "\")"));
        assertTrue(c.contains("JNI_OnLoad_" + library + "(JavaVM *vm, void *reserved)"),
                "a static JNI library is found by JNI_OnLoad_<its name>");
    }

    @Test
    void android_javaCAndJniConfigAgree() throws IOException {
        check("AndroidNative", ROOT.resolve("android/src/main/native/huzhong_a11y.c"),
                ROOT.resolve("android/src/main/resources/META-INF/substrate/config/jniconfig-aarch64-android.json"),
                "huzhonga11y");
        // the android module's tests run the glue against a double of AndroidNative: it must be this one's twin
        String twin = read(ROOT.resolve("android/src/test/java/cn/huzhong/care/app/platform/phone/AndroidNative.java"));
        String real = read(PHONE.resolve("AndroidNative.java"));
        assertEquals(javaNatives(real), javaNatives(twin));
        assertEquals(javaCallbacks(real), javaCallbacks(twin));
    }

    @Test
    void ios_javaObjectiveCAndJniConfigAgree() throws IOException {
        check("IosNative", ROOT.resolve("ios/src/main/native/HuzhongA11y.m"),
                ROOT.resolve("ios/src/main/resources/META-INF/substrate/config/jniconfig-arm64-ios.json"),
                "HuzhongA11y");
    }

    @Test
    void dalvikSide_nativesAndTheMethodsTheGlueCalls_exist() throws IOException {
        String bridge = read(ROOT.resolve("android/src/main/java/com/gluonhq/helloandroid/HuzhongA11yBridge.java"));
        String c = read(ROOT.resolve("android/src/main/native/huzhong_a11y.c")).replaceAll("\\s*\\n\\s*", " ");
        Matcher natives = Pattern.compile("private static native void (native\\w+)\\(").matcher(bridge);
        List<String> declared = new ArrayList<>();
        while (natives.find()) {
            declared.add(natives.group(1));
            assertTrue(c.contains("Java_com_gluonhq_helloandroid_HuzhongA11yBridge_" + natives.group(1) + "("),
                    "the glue answers " + natives.group(1));
        }
        assertEquals(3, declared.size());
        Matcher called = Pattern.compile("GetMethodID\\(dalvik, bridgeClass, \"([\\w<>]+)\"").matcher(c);
        int n = 0;
        while (called.find()) {
            String name = called.group(1);
            if (!name.equals("<init>")) {
                assertTrue(Pattern.compile("public \\w+ " + name + "\\(").matcher(bridge).find(),
                        "HuzhongA11yBridge has a public " + name);
            }
            n++;
        }
        assertEquals(9, n, "the constructor and eight methods");
    }
}
