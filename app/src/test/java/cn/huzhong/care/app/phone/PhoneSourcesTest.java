package cn.huzhong.care.app.phone;

import cn.huzhong.care.app.platform.Connectivity;
import cn.huzhong.care.app.platform.Dialer;
import cn.huzhong.care.app.platform.HostBrowser;
import cn.huzhong.care.app.platform.InMemoryStorage;
import cn.huzhong.care.app.platform.PhoneServices;
import cn.huzhong.care.app.platform.ReminderSchedule;
import cn.huzhong.care.app.platform.Reminders;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The phone sources (app/src/phone), which only the phone profiles compile: compiled here against Attach's
 * phone-only API (signatures in src/test/attach-api), held to the architecture's rule, found through their service
 * registration, and run against fakes of the Attach services.
 */
class PhoneSourcesTest {
    @TempDir
    static Path out;
    static URLClassLoader loader;

    static List<Path> javaFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    @BeforeAll
    static void compile() throws Exception {
        Path app = PhoneBuild.appDir();
        List<Path> sources = new ArrayList<>(javaFiles(app.resolve("src/phone/java")));
        sources.addAll(javaFiles(app.resolve("src/test/attach-api")));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8)) {
            boolean ok = javac.getTask(null, files, diagnostics, List.of("--release", "17", "-Xlint:all,-serial,-processing",
                            "-classpath", System.getProperty("java.class.path"), "-d", out.toString()), null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            StringBuilder report = new StringBuilder();
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                report.append(d).append('\n');
            }
            assertTrue(ok, report.toString());
            assertEquals("", report.toString(), "the phone sources compile without warnings");
        }
        loader = new URLClassLoader(new URL[]{out.toUri().toURL(), app.resolve("src/phone/resources").toUri().toURL()},
                PhoneSourcesTest.class.getClassLoader());
    }

    @AfterAll
    static void close() throws IOException {
        loader.close();
    }

    static Class<?> type(String name) throws ClassNotFoundException {
        return Class.forName(name, true, loader);
    }

    static Object make(String className, Class<?>[] types, Object... args) throws Exception {
        Constructor<?> c = type(className).getDeclaredConstructor(types);
        c.setAccessible(true);
        return c.newInstance(args);
    }

    /** A fake of an Attach interface, answering calls with {@code answer}. */
    static Object fake(String iface, java.util.function.BiFunction<String, Object[], Object> answer) throws Exception {
        return Proxy.newProxyInstance(loader, new Class<?>[]{type(iface)}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return method.getName().equals("equals") ? proxy == args[0] : method.getName().equals("hashCode")
                        ? System.identityHashCode(proxy) : iface;
            }
            return answer.apply(method.getName(), args == null ? new Object[0] : args);
        });
    }

    static final String PHONE = "cn.huzhong.care.app.platform.phone.";

    @Test
    void phoneClasses_liveInPlatform_theOnlyPlaceThatTouchesAttach() {
        JavaClasses compiled = new ClassFileImporter().importPath(out);
        classes().that().resideInAPackage("cn.huzhong.care..").should().resideInAPackage("cn.huzhong.care.app.platform.phone")
                .check(compiled);
        // the app's rule over the app as a phone has it: its main classes and the phone classes together
        JavaClasses phoneApp = new ClassFileImporter().importPaths(out,
                PhoneResourcesTest.origin(cn.huzhong.care.app.AppMain.class));
        noClasses().that().resideInAPackage("cn.huzhong.care.app..").and().resideOutsideOfPackage("cn.huzhong.care.app.platform..")
                .should().dependOnClassesThat().resideInAPackage("com.gluonhq..").check(phoneApp);
    }

    @Test
    void serviceRegistration_findsThePhoneServices_whichFallBackWhereAttachHasNone() {
        PhoneServices phone = ServiceLoader.load(PhoneServices.class, loader).findFirst().orElseThrow();
        assertEquals(PHONE + "AttachPhoneServices", phone.getClass().getName());
        // the API here answers "no such service" (as Attach does on a desktop): each port says empty
        assertEquals(Optional.empty(), phone.dialer(uri -> true));
        assertEquals(Optional.empty(), phone.connectivity());
        assertEquals(Optional.empty(), phone.reminders(new InMemoryStorage()));
    }

    @Test
    void dialer_callsTheCleanNumber_andOpensTelWhenTheDialerFails() throws Exception {
        List<String> called = new CopyOnWriteArrayList<>();
        List<String> opened = new CopyOnWriteArrayList<>();
        HostBrowser browser = uri -> opened.add(uri);
        Object working = fake("com.gluonhq.attach.dialer.DialerService", (m, a) -> called.add((String) a[0]) ? null : null);
        Dialer dialer = (Dialer) make(PHONE + "AttachDialer",
                new Class<?>[]{type("com.gluonhq.attach.dialer.DialerService"), HostBrowser.class}, working, browser);

        assertEquals(Dialer.Outcome.HANDED_TO_SYSTEM, dialer.dial("0457-350 0001"));
        assertEquals(List.of("0457-3500001"), called);
        assertEquals(List.of(), opened);

        Object broken = fake("com.gluonhq.attach.dialer.DialerService", (m, a) -> {
            throw new IllegalStateException("no activity");
        });
        Dialer fallback = (Dialer) make(PHONE + "AttachDialer",
                new Class<?>[]{type("com.gluonhq.attach.dialer.DialerService"), HostBrowser.class}, broken, browser);
        assertEquals(Dialer.Outcome.HANDED_TO_SYSTEM, fallback.dial("12385"));
        assertEquals(List.of("tel:12385"), opened);
        Dialer nothing = (Dialer) make(PHONE + "AttachDialer",
                new Class<?>[]{type("com.gluonhq.attach.dialer.DialerService"), HostBrowser.class}, broken,
                (HostBrowser) uri -> false);
        assertEquals(Dialer.Outcome.UNAVAILABLE, nothing.dial("12385"));
    }

    @Test
    void connectivity_reportsEachChange_notTheSameValueTwice() throws Exception {
        SimpleBooleanProperty connected = new SimpleBooleanProperty(true);
        Object service = fake("com.gluonhq.attach.connectivity.ConnectivityService",
                (m, a) -> m.equals("connectedProperty") ? connected : (Object) connected.get());
        Connectivity c = (Connectivity) make(PHONE + "AttachConnectivity",
                new Class<?>[]{type("com.gluonhq.attach.connectivity.ConnectivityService")}, service);
        List<Boolean> heard = new CopyOnWriteArrayList<>();
        c.addListener(heard::add);

        connected.set(false);
        connected.set(false);
        connected.set(true);

        assertEquals(List.of(false, true), heard);
        assertTrue(c.connected());
    }

    /**
     * Attach's notification list as its scheduler treats it (Attach 4.0.25, LocalNotificationsServiceBase and
     * NotificationsManager): an added notification is scheduled when it has a time and a text; a second one with the
     * same id and other content is refused; a removed one is unscheduled by id.
     */
    static final class AttachLikeList {
        final ObservableList<Object> list = FXCollections.observableArrayList();
        final Map<String, Object> registered = new HashMap<>();
        final List<String> scheduled = new CopyOnWriteArrayList<>();
        final List<String> unscheduled = new CopyOnWriteArrayList<>();

        AttachLikeList() {
            list.addListener((ListChangeListener<Object>) c -> {
                while (c.next()) {
                    for (Object n : c.getRemoved()) {
                        Object gone = registered.remove(get(n, "getId"));
                        if (gone != null) {
                            unscheduled.add((String) get(gone, "getId"));
                        }
                    }
                    for (Object n : c.getAddedSubList()) {
                        String id = (String) get(n, "getId");
                        Object before = registered.get(id);
                        if (before != null && !(java.util.Objects.equals(get(before, "getText"), get(n, "getText"))
                                && java.util.Objects.equals(get(before, "getDateTime"), get(n, "getDateTime")))) {
                            throw new IllegalArgumentException("Error trying to schedule a new notification with an existing ID");
                        }
                        registered.put(id, n);
                        String text = (String) get(n, "getText");
                        if (get(n, "getDateTime") != null && text != null && !text.isEmpty()) {
                            scheduled.add(id + "@" + get(n, "getDateTime"));
                        }
                    }
                }
            });
        }

        static Object get(Object notification, String getter) {
            try {
                return notification.getClass().getMethod(getter).invoke(notification);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    static Reminders reminders(AttachLikeList attach, InMemoryStorage storage) throws Exception {
        Object service = fake("com.gluonhq.attach.localnotifications.LocalNotificationsService", (m, a) -> attach.list);
        Executor now = Runnable::run;
        return (Reminders) make(PHONE + "AttachReminders",
                new Class<?>[]{type("com.gluonhq.attach.localnotifications.LocalNotificationsService"),
                        ReminderSchedule.class, Executor.class}, service, new ReminderSchedule(storage), now);
    }

    @Test
    void reminders_scheduleMoveCancel_andClearWhatAnEarlierRunLeft() throws Exception {
        ZonedDateTime t = ZonedDateTime.parse("2026-12-09T18:00+08:00[Asia/Shanghai]");
        InMemoryStorage storage = new InMemoryStorage();
        AttachLikeList attach = new AttachLikeList();
        Reminders r = reminders(attach, storage);

        r.replaceAll(List.of(new Reminders.Reminder("a", "t", "x", t), new Reminders.Reminder("b", "t", "y", t)));
        assertEquals(List.of("a@" + t, "b@" + t), attach.scheduled);

        // a moved, b gone: Attach refuses a changed notification under a known id, so it must go first
        r.replaceAll(List.of(new Reminders.Reminder("a", "t", "x", t.plusDays(1))));
        assertEquals(List.of("a", "b"), attach.unscheduled);
        assertEquals("a@" + t.plusDays(1), attach.scheduled.get(2));
        assertEquals(1, attach.list.size());

        // the app restarts: Attach's list is empty, the system still holds a; sign-out clears it all the same
        AttachLikeList fresh = new AttachLikeList();
        reminders(fresh, storage).replaceAll(List.of());
        assertEquals(List.of("a"), fresh.unscheduled);
        assertEquals(List.of(), fresh.scheduled, "the stand-in used to unschedule is never scheduled");
        assertEquals(List.of(), fresh.list);
    }

    @Test
    void reminders_changeAttachsListOnTheGivenExecutorOnly() throws Exception {
        AttachLikeList attach = new AttachLikeList();
        List<Runnable> queued = new ArrayList<>();
        Object service = fake("com.gluonhq.attach.localnotifications.LocalNotificationsService", (m, a) -> attach.list);
        Reminders r = (Reminders) make(PHONE + "AttachReminders",
                new Class<?>[]{type("com.gluonhq.attach.localnotifications.LocalNotificationsService"),
                        ReminderSchedule.class, Executor.class}, service, new ReminderSchedule(new InMemoryStorage()),
                (Executor) queued::add);

        r.replaceAll(List.of(new Reminders.Reminder("a", "t", "x", ZonedDateTime.now().plusDays(1))));
        assertEquals(List.of(), attach.list, "nothing before the FX thread runs it");
        assertEquals(1, queued.size());
        queued.get(0).run();
        assertEquals(1, attach.list.size());
    }

    // ---- the screen-reader bridge and the voice (this project's native halves, android/ and ios/)

    /** A fake native half: what the app asked of it, and a voice for Chinese only. */
    static final class FakeChannel {
        final List<String> calls = new CopyOnWriteArrayList<>();
        final List<Integer> utterances = new CopyOnWriteArrayList<>();
        boolean startWorks = true;

        Object proxy() throws Exception {
            return fake(PHONE + "NativeChannel", (m, a) -> {
                calls.add(m + (a.length == 0 ? "" : java.util.Arrays.toString(a)));
                return switch (m) {
                    case "start" -> startWorks;
                    case "screenReaderOn" -> true;
                    case "fontScale" -> 1.3f;
                    case "canSpeak" -> "zh-CN".equals(a[0]);
                    case "speak" -> {
                        utterances.add((Integer) a[2]);
                        yield "zh-CN".equals(a[1]);
                    }
                    default -> null;
                };
            });
        }
    }

    static void callback(String method, Class<?>[] types, Object... args) throws Exception {
        java.lang.reflect.Method m = type(PHONE + "NativeCallbacks").getDeclaredMethod(method, types);
        m.setAccessible(true);
        m.invoke(null, args);
    }

    @Test
    void nativeScreenReader_passesSnapshotsOut_andActionsAndStateBack() throws Exception {
        FakeChannel channel = new FakeChannel();
        cn.huzhong.care.app.platform.ScreenReaderBridge bridge = (cn.huzhong.care.app.platform.ScreenReaderBridge)
                make(PHONE + "NativeScreenReader", new Class<?>[]{type(PHONE + "NativeChannel")}, channel.proxy());
        List<String> heard = new CopyOnWriteArrayList<>();
        bridge.start(new cn.huzhong.care.app.platform.ScreenReaderBridge.Listener() {
            @Override
            public void action(int nodeId, int action, String argument) {
                heard.add(nodeId + ":" + action + ":" + argument);
            }

            @Override
            public void screenReaderChanged(boolean on) {
                heard.add("reader " + on);
            }
        });
        bridge.publish("HZA11Y/1|1|1|0|zh-CN");
        bridge.announce("已提交");
        assertTrue(bridge.screenReaderOn());
        assertEquals(List.of("start", "publish[HZA11Y/1|1|1|0|zh-CN]", "announce[已提交]", "screenReaderOn"),
                channel.calls);
        callback("action", new Class<?>[]{int.class, int.class, String.class}, 7, 1, null);
        callback("screenReaderChanged", new Class<?>[]{boolean.class}, false);
        assertEquals(List.of("7:1:", "reader false"), heard, "a null argument from native code becomes empty");
    }

    @Test
    void nativeSpeech_waitsForTheNativeEnd_andSaysWhenThereIsNoVoice() throws Exception {
        FakeChannel channel = new FakeChannel();
        cn.huzhong.care.app.platform.Speech voice = (cn.huzhong.care.app.platform.Speech)
                make(PHONE + "NativeSpeech", new Class<?>[]{type(PHONE + "NativeChannel")}, channel.proxy());
        assertTrue(voice.canSpeak(cn.huzhong.care.core.i18n.Lang.ZH));
        assertEquals(cn.huzhong.care.app.platform.Speech.Result.NO_VOICE,
                voice.speak("Sent", cn.huzhong.care.core.i18n.Lang.EN));

        java.util.concurrent.CompletableFuture<cn.huzhong.care.app.platform.Speech.Result> said =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> voice.speak("已提交", cn.huzhong.care.core.i18n.Lang.ZH));
        while (channel.utterances.size() < 2) {
            Thread.onSpinWait(); // until the voice was asked (the first utterance was the English one)
        }
        assertTrue(!said.isDone(), "speak waits for the native end");
        callback("speechDone", new Class<?>[]{int.class, int.class}, channel.utterances.get(1), 0);
        assertEquals(cn.huzhong.care.app.platform.Speech.Result.DONE, said.get(10, java.util.concurrent.TimeUnit.SECONDS));

        java.util.concurrent.CompletableFuture<cn.huzhong.care.app.platform.Speech.Result> cut =
                java.util.concurrent.CompletableFuture.supplyAsync(() -> voice.speak("很长的一段话", cn.huzhong.care.core.i18n.Lang.ZH));
        while (channel.utterances.size() < 3) {
            Thread.onSpinWait();
        }
        voice.stop();
        assertEquals(cn.huzhong.care.app.platform.Speech.Result.STOPPED, cut.get(10, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(channel.calls.contains("stopSpeaking"));
    }

    @Test
    void phoneServices_offerTheBridgeAndTheVoice_onlyOnAPhone() throws Exception {
        // on this machine Attach says neither Android nor iOS: no native half is loaded, nothing is offered
        PhoneServices services = ServiceLoader.load(PhoneServices.class, loader).findFirst().orElseThrow();
        assertTrue(services.screenReader().isEmpty());
        assertTrue(services.speech().isEmpty());
        assertTrue(services.systemTextScale().isEmpty());
    }
}
