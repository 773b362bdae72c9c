package cn.huzhong.care.app.phone;

import com.google.gson.JsonElement;
import com.google.gson.reflect.TypeToken;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.HasName;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import javafx.application.Application;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gluonfx {@code reflectionList}: on Gluon's GraalVM, Gson can read or write a record (or fill an enum) only
 * when its class is registered for reflection. The list needed is computed here from the code, and compared with
 * the one in app/pom.xml:
 * <ul>
 *   <li>every record and enum of the API contract ({@code cn.huzhong.care.core.api}, nested ones included);</li>
 *   <li>every record and enum that the app's data layer names as a class ({@code X.class}) — what it caches,
 *   keeps in the outbox, saves as settings or as the session — and every class named by code that calls Gson
 *   (core's policy table and hotline list);</li>
 *   <li>every anonymous {@code TypeToken} subclass (Gson reads its generic type from the class) and the types in it;</li>
 *   <li>then, through record components and fields, every record, enum or class of ours they contain;</li>
 *   <li>and every JavaFX {@link Application} (JavaFX creates it by reflection).</li>
 * </ul>
 * A type of ours that Gson would meet and that is missing from the list fails the build, and so does an entry that
 * names no class.
 */
class PhoneReflectionTest {
    static final String OURS = "cn.huzhong.care.";
    /** Types Gson handles without reflection: built in, or adapters registered in core's Json. */
    static final Set<Class<?>> PLAIN = Set.of(String.class, Boolean.class, Integer.class, Long.class, Double.class,
            Float.class, Short.class, Byte.class, Character.class, Number.class, BigDecimal.class, BigInteger.class,
            OffsetDateTime.class, LocalDate.class, YearMonth.class, Instant.class, List.class, Set.class, Map.class,
            Collection.class, Object.class);

    static JavaClasses code;

    @BeforeAll
    static void load() {
        code = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.huzhong.care.app", "cn.huzhong.care.core");
    }

    static Class<?> load(String name) {
        try {
            return Class.forName(name, false, PhoneReflectionTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    /** The walk: what needs registering, and what Gson would meet that it cannot handle at all. */
    static final class Walk {
        final Map<String, String> required = new TreeMap<>();
        final Set<String> unsupported = new TreeSet<>();

        void root(Class<?> c, String why) {
            visit(c, why);
        }

        void visit(Type t, String why) {
            if (t instanceof Class<?> c) {
                if (c.isArray()) {
                    visit(c.getComponentType(), why);
                } else if (c.isPrimitive() || PLAIN.contains(c) || JsonElement.class.isAssignableFrom(c)) {
                    return;
                } else if (!c.getName().startsWith(OURS)) {
                    unsupported.add(c.getName() + " (" + why + ")");
                } else if (required.putIfAbsent(c.getName(), why) == null) {
                    String via = c.getSimpleName();
                    if (c.isRecord()) {
                        for (RecordComponent rc : c.getRecordComponents()) {
                            visit(rc.getGenericType(), via + "." + rc.getName());
                        }
                    } else if (!c.isEnum()) {
                        if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                            unsupported.add(c.getName() + " (abstract: Gson cannot make one; " + why + ")");
                        }
                        for (Class<?> k = c; k != null && k.getName().startsWith(OURS); k = k.getSuperclass()) {
                            for (Field f : k.getDeclaredFields()) {
                                int m = f.getModifiers();
                                if (!Modifier.isStatic(m) && !Modifier.isTransient(m) && !f.isSynthetic()) {
                                    visit(f.getGenericType(), via + "." + f.getName());
                                }
                            }
                        }
                    }
                }
            } else if (t instanceof ParameterizedType p) {
                visit(p.getRawType(), why);
                for (Type a : p.getActualTypeArguments()) {
                    visit(a, why);
                }
            } else if (t instanceof GenericArrayType g) {
                visit(g.getGenericComponentType(), why);
            } else if (t instanceof WildcardType w) {
                for (Type b : w.getUpperBounds()) {
                    visit(b, why);
                }
            } else if (!(t instanceof TypeVariable<?>)) {
                unsupported.add(t + " (" + why + ")");
            }
            // a type variable (Page<T>'s T) is filled in by the TypeToken that names the page's content
        }
    }

    static boolean callsGson(JavaClass c) {
        return c.getMethodCallsFromSelf().stream()
                .anyMatch(call -> call.getTargetOwner().getName().equals("com.google.gson.Gson"));
    }

    static boolean ownerChain(Class<?> inner, Class<?> outer) {
        for (Class<?> k = outer; k != null; k = k.getEnclosingClass()) {
            if (k == inner) {
                return true;
            }
        }
        return false;
    }

    static Walk compute() {
        Walk walk = new Walk();
        for (JavaClass jc : code) {
            Class<?> c = load(jc.getName());
            // the API contract
            if (jc.getPackageName().equals("cn.huzhong.care.core.api") && (c.isRecord() || c.isEnum())) {
                walk.root(c, "API contract");
            }
            // what the data layer, or any code that calls Gson, names as a class
            boolean data = jc.getPackageName().startsWith("cn.huzhong.care.app.data");
            boolean gson = callsGson(jc);
            if (data || gson) {
                jc.getReferencedClassObjects().stream().map(r -> r.getRawType().getName())
                        .filter(n -> n.startsWith(OURS)).map(PhoneReflectionTest::load)
                        .filter(k -> !ownerChain(k, c))
                        .filter(k -> k.isRecord() || k.isEnum()
                                || (gson && !k.isInterface() && !Modifier.isAbstract(k.getModifiers())))
                        .forEach(k -> walk.root(k, "named by " + jc.getSimpleName()));
            }
            // anonymous TypeTokens: the class and the type it carries
            if (c.getSuperclass() == TypeToken.class) {
                walk.required.put(c.getName(), "TypeToken in " + c.getEnclosingClass().getSimpleName());
                walk.visit(((ParameterizedType) c.getGenericSuperclass()).getActualTypeArguments()[0],
                        "TypeToken in " + c.getEnclosingClass().getSimpleName());
            }
            // JavaFX applications
            if (Application.class.isAssignableFrom(c) && !Modifier.isAbstract(c.getModifiers())) {
                walk.required.put(c.getName(), "JavaFX application");
            }
        }
        return walk;
    }

    static List<String> listed() {
        return PhoneBuild.list(PhoneBuild.gluonfx(PhoneBuild.appModel("android")), "reflectionList");
    }

    @Test
    void reflectionList_coversEveryTypeGsonMapsOnThePhone() {
        Walk walk = compute();
        assertEquals(Set.of(), walk.unsupported, "types Gson would meet without an adapter");
        Set<String> listed = new TreeSet<>(listed());
        List<String> missing = new ArrayList<>();
        walk.required.forEach((name, why) -> {
            if (!listed.contains(name)) {
                missing.add("<list>" + name + "</list>  <!-- " + why + " -->");
            }
        });
        assertEquals(List.of(), missing, "add these to app/pom.xml's reflectionList");
    }

    @Test
    void reflectionList_everyEntryNamesAClass_once_andIsNeeded() {
        List<String> listed = listed();
        assertEquals(listed.size(), new TreeSet<>(listed).size(), "an entry twice");
        for (String name : listed) {
            assertTrue(name.matches("[a-zA-Z_$][\\w$]*(\\.[a-zA-Z_$][\\w$]*)*"), "not a class name: " + name);
            load(name);
        }
        Set<String> extra = new TreeSet<>(listed);
        extra.removeAll(compute().required.keySet());
        assertEquals(Set.of(), extra, "listed but nothing maps them: remove them (or say here why they are needed)");
        assertEquals(PhoneBuild.list(PhoneBuild.gluonfx(PhoneBuild.appModel("ios")), "reflectionList"), listed);
    }

    @Test
    void walk_reachesNestedRecordsEnumsAndTypeTokenContents() {
        Map<String, String> r = compute().required;
        for (String name : List.of(
                "cn.huzhong.care.core.api.ApiProblem$FieldError",        // nested in the contract
                "cn.huzhong.care.core.domain.BookingStatus",             // an enum inside a DTO
                "cn.huzhong.care.app.data.AppSettings",                   // settings on the device
                "cn.huzhong.care.app.data.Session",                       // the session on the device
                "cn.huzhong.care.app.data.OutboxItem",                    // the outbox, through its TypeToken
                "cn.huzhong.care.app.data.OutboxItem$BookingInfo",        // …and a record nested in it
                "cn.huzhong.care.app.data.BookingRepository$Lists",       // a cached app-side record
                "cn.huzhong.care.core.policy.PolicyTable$FileForm",       // a plain class core fills from JSON
                "cn.huzhong.care.app.AppMain")) {
            assertTrue(r.containsKey(name), name + " not reached; reached: " + r.keySet());
        }
    }

    @Test
    void walk_reportsATypeGsonCannotMap() {
        record WithDuration(java.time.Duration d, java.util.Optional<String> o) {
        }
        Walk w = new Walk();
        w.root(WithDuration.class, "test");
        assertTrue(w.unsupported.stream().anyMatch(s -> s.startsWith("java.time.Duration")), w.unsupported.toString());
        assertTrue(w.unsupported.stream().anyMatch(s -> s.startsWith("java.util.Optional")), w.unsupported.toString());
    }
}
