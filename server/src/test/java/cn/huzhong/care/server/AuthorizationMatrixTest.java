package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.server.support.ApiOperations;
import cn.huzhong.care.server.support.Fixtures;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Who may do what, for every operation of the OpenAPI document × every kind of caller, generated: nobody writes a
 * row per endpoint, and an endpoint added to the document is in the matrix at once.
 *
 * <p>The objects are the target's (赵小梅 of 呼源镇, see {@link Fixtures}). The callers: nobody signed in; the target
 * herself; her linked carer; another resident; a carer of other people; a volunteer; a volunteer not approved yet;
 * staff of her town; staff of another town; district staff. The rule each operation is held to follows from the
 * document: public operations ({@code security: []}) answer anyone; everything else answers 401 without a session;
 * an operation on a resident's records ({@code {residentId}}) answers her, her carer, her town's staff and the
 * district and nobody else (404 or 403); a {@code staff}-tagged operation answers staff only, and on an object of a
 * town only that town's staff and the district; an inbox message only its recipient; the rest any active account.
 * "Answers" means the request got past authorization (2xx, 409 or 422); "refuses" means 401, 403 or 404 with
 * problem+json and not a word of the target's records. An answer to anyone outside her circle never contains her
 * name.
 *
 * <p><b>When this fails for a new endpoint</b>, the message says which table to extend: {@link Fixtures#pathValue}
 * for a new path parameter, {@link #NOT_FOR} when some insider is meant to be refused (e.g. staff may see but not
 * act as the person), {@link #SCOPE_BY_TAG} for a new tag that restricts roles.
 */
class AuthorizationMatrixTest {
    /** The kinds of caller. */
    enum Actor {
        ANONYMOUS(null), SELF(TestServer.ZHAO), CARER(TestServer.CARER_CHEN), OTHER_RESIDENT(TestServer.WANG),
        OTHER_CARER(TestServer.CARER_ZHANG), VOLUNTEER(TestServer.VOLUNTEER), PENDING_VOLUNTEER(TestServer.VOLUNTEER_PENDING),
        TOWN_STAFF(TestServer.STAFF_HUYUAN), OTHER_TOWN_STAFF(TestServer.STAFF_HUZHONG), DISTRICT_STAFF(TestServer.STAFF_DISTRICT);

        final String phone;

        Actor(String phone) {
            this.phone = phone;
        }
    }

    /** Who is inside the target's circle for each kind of operation. */
    enum Scope {
        /** {@code security: []}: anyone. */
        PUBLIC(EnumSet.allOf(Actor.class)),
        /** The account's own business (who am I, sign out): any signed-in account, approved or not. */
        OWN_ACCOUNT(EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS))),
        /** Anything an active account may use (providers, free slots, its own inbox). */
        ANY_ACTIVE(EnumSet.complementOf(EnumSet.of(Actor.ANONYMOUS, Actor.PENDING_VOLUNTEER))),
        /** A resident's records: the person, her carer, her town's staff, the district. */
        RESIDENT(EnumSet.of(Actor.SELF, Actor.CARER, Actor.TOWN_STAFF, Actor.DISTRICT_STAFF)),
        /** A staff queue: staff of any town (each sees its own town) and the district. */
        STAFF_LIST(EnumSet.of(Actor.TOWN_STAFF, Actor.OTHER_TOWN_STAFF, Actor.DISTRICT_STAFF)),
        /** A staff action on an object of the target's town. */
        STAFF_OBJECT(EnumSet.of(Actor.TOWN_STAFF, Actor.DISTRICT_STAFF)),
        /** One message of the target's inbox: only its recipient. */
        RECIPIENT(EnumSet.of(Actor.SELF)),
        /** A volunteer's own profile: approved or still waiting. */
        OWN_VOLUNTEER(EnumSet.of(Actor.VOLUNTEER, Actor.PENDING_VOLUNTEER)),
        /** A volunteer's work (open tasks, their tasks, accepting and doing one): approved volunteers of her town. */
        VOLUNTEER(EnumSet.of(Actor.VOLUNTEER)),
        /** One help task for the target: a volunteer who serves her town, her town's staff, the district. */
        TASK(EnumSet.of(Actor.VOLUNTEER, Actor.TOWN_STAFF, Actor.DISTRICT_STAFF));

        final Set<Actor> insiders;

        Scope(Set<Actor> insiders) {
            this.insiders = insiders;
        }
    }

    /** Tags that restrict an operation to a role; an operation with none of them is judged by its path. */
    static final Map<String, Scope> SCOPE_BY_TAG = Map.of("staff", Scope.STAFF_OBJECT);

    /** Staff who may see her records. */
    static final Set<Actor> STAFF = EnumSet.of(Actor.TOWN_STAFF, Actor.DISTRICT_STAFF);

    /**
     * Insiders that are nevertheless refused on one operation (key: "METHOD /path"): staff may see a person's records
     * but only the person or her carer may act as her (cancel, rate, book, write to the hotline, complain, ask about
     * her personal data); staff of her town may file an application or a service request for her.
     */
    static final Map<String, Set<Actor>> NOT_FOR = Map.ofEntries(
            Map.entry("POST " + ApiPaths.REQUEST_CANCEL, STAFF),
            Map.entry("POST " + ApiPaths.REQUEST_RATING, STAFF),
            Map.entry("POST " + ApiPaths.RESIDENT_BOOKINGS, STAFF),
            Map.entry("POST " + ApiPaths.BOOKING_CANCEL, STAFF),
            Map.entry("POST " + ApiPaths.BOOKING_RESCHEDULE, STAFF),
            Map.entry("POST " + ApiPaths.RESIDENT_HOTLINE_THREADS, STAFF),
            Map.entry("POST " + ApiPaths.RESIDENT_HOTLINE_MESSAGES, STAFF),
            Map.entry("POST " + ApiPaths.RESIDENT_TASK_RATING, STAFF),
            Map.entry("POST " + ApiPaths.RESIDENT_TASK_COMPLAINTS, STAFF),
            Map.entry("POST " + ApiPaths.RESIDENT_DATA_CASES, STAFF));

    /**
     * Operations after which the volunteer holds her task and so reads her name, phone and address (the holder's
     * view, see TaskPrivacyTest); everywhere else a volunteer reads nothing of hers.
     */
    static final Set<String> HOLDER_READS_HER_NAME = Set.of("GET " + ApiPaths.ME_TASKS, "POST " + ApiPaths.TASK_ACCEPT,
            "POST " + ApiPaths.TASK_CHECK_IN, "POST " + ApiPaths.TASK_COMPLETE);

    static TestServer server;
    static Fixtures fixtures;
    static final Map<Actor, Http> clients = new LinkedHashMap<>();

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
        fixtures = new Fixtures(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Scope scopeOf(ApiOperations.Op op) {
        if (!op.secured()) {
            return Scope.PUBLIC;
        }
        if (op.path().equals(ApiPaths.ME) || op.path().equals(ApiPaths.SESSION_CURRENT) || op.tagged("accounts")) {
            return Scope.OWN_ACCOUNT;
        }
        if (op.tagged("volunteers") && op.tagged("staff")) {
            return Scope.TASK;
        }
        for (String tag : op.tags()) {
            Scope s = SCOPE_BY_TAG.get(tag);
            if (s != null) {
                // a staff list, unless the path or the body names one of her things (a task or an account for her)
                boolean object = !op.pathParams().isEmpty() || (op.bodySchema() != null
                        && ApiOperations.properties(ApiOperations.schema(op.bodySchema())).containsKey("residentId"));
                return !object && s == Scope.STAFF_OBJECT ? Scope.STAFF_LIST : s;
            }
        }
        if (op.has("residentId")) {
            return Scope.RESIDENT;
        }
        if (op.tagged("volunteers")) {
            return op.path().equals(ApiPaths.ME_VOLUNTEER) ? Scope.OWN_VOLUNTEER : Scope.VOLUNTEER;
        }
        if (op.has("messageId")) {
            return Scope.RECIPIENT;
        }
        return Scope.ANY_ACTIVE;
    }

    /** Things to put back before an insider's call, when the insider before took them away (key: "METHOD /path"). */
    static final Map<String, java.util.function.Consumer<Fixtures>> BEFORE_EACH_CALL = Map.of(
            "DELETE " + ApiPaths.RESIDENT_CARER, Fixtures::linkSpareCarer);

    /** A client signed in as the actor (fresh if its session ended, e.g. after the sign-out operation). */
    static Http client(Actor a) {
        if (a == Actor.ANONYMOUS) {
            return server.http;
        }
        Http h = clients.get(a);
        if (h == null || h.sendUnchecked("GET", ApiPaths.ME, null, Map.of()).status() == 401) {
            Http.Resp r = server.http.post(ApiPaths.SESSIONS, Map.of("phone", a.phone, "password", "demo1234"));
            assertEquals(201, r.status(), () -> "sign in " + a + ": " + r);
            h = server.http.as(r.json().getAsJsonObject().get("token").getAsString());
            clients.put(a, h);
        }
        return h;
    }

    static String body(ApiOperations.Op op, Fixtures fixtures) {
        if (op.bodySchema() == null) {
            return null;
        }
        String missing = Fixtures.missingBodyValue(op.bodySchema(), fixtures.bodyValues());
        if (missing != null) {
            fail(op + ": its body's required property '" + missing + "' names an object; add a value for it to "
                    + "Fixtures.bodyValues()");
        }
        return fixtures.bodyFor(op.bodySchema()).toString();
    }

    static String path(ApiOperations.Op op, Fixtures fixtures) {
        String p = op.fill(name -> {
            String v = name.equals("subsidyId") && op.tagged("staff") ? Long.toString(fixtures.subsidyFor(op.key()))
                    : fixtures.pathValue(name);
            if (v == null) {
                fail(op + ": no object of the target's for the path parameter {" + name + "}; add a case for \"" + name
                        + "\" to Fixtures.pathValue() (and, if it belongs to a town or an account rather than a "
                        + "resident, to AuthorizationMatrixTest.scopeOf())");
            }
            return v;
        });
        // a search needs its criterion: the start of the target's name, so a leak would show
        if (op.path().equals(ApiPaths.RESIDENTS)) {
            p += "?name=" + java.net.URLEncoder.encode(fixtures.residentName.substring(0, 1), java.nio.charset.StandardCharsets.UTF_8);
        }
        if (op.path().equals(ApiPaths.SLOTS)) {
            p += "?service=REHABILITATION";
        }
        return p;
    }

    @TestFactory
    Stream<DynamicContainer> everyOperation_everyCaller() {
        List<DynamicContainer> out = new ArrayList<>();
        for (ApiOperations.Op op : ApiOperations.all()) {
            Scope scope = scopeOf(op);
            Set<Actor> refusedAnyway = NOT_FOR.getOrDefault(op.key(), Set.of());
            List<DynamicTest> tests = new ArrayList<>();
            // outsiders first: an insider's write may change the object (a cancelled booking answers 409 after)
            List<Actor> order = new ArrayList<>();
            for (Actor a : Actor.values()) {
                if (!scope.insiders.contains(a)) {
                    order.add(a);
                }
            }
            for (Actor a : Actor.values()) {
                if (scope.insiders.contains(a)) {
                    order.add(a);
                }
            }
            for (Actor a : order) {
                boolean allowed = scope.insiders.contains(a) && !refusedAnyway.contains(a);
                tests.add(DynamicTest.dynamicTest(a + (allowed ? " answered" : " refused"), () -> check(op, scope, a, allowed)));
            }
            out.add(DynamicContainer.dynamicContainer(op.key() + " [" + scope + "]", tests));
        }
        return out.stream();
    }

    static void check(ApiOperations.Op op, Scope scope, Actor actor, boolean allowed) {
        String path = path(op, fixtures);
        String body = body(op, fixtures);
        Http caller = client(actor);
        BEFORE_EACH_CALL.getOrDefault(op.key(), f -> { }).accept(fixtures);
        Http.Resp r = caller.sendUnchecked(op.method(), path, body, Map.of());
        String what = op.key() + " as " + actor + " (" + path + ") → " + r;
        assertTrue(r.status() < 500, what);
        boolean refused = r.status() == 401 || r.status() == 403 || r.status() == 404;
        if (scope == Scope.PUBLIC && r.status() == 401 && r.body().contains("/problems/sign-in-failed")) {
            refused = false; // a public operation's own answer to a wrong password or code, not a refusal of the caller
        }
        if (refused) {
            assertTrue(String.valueOf(r.header("Content-Type")).startsWith(ApiPaths.PROBLEM_JSON), what);
            assertFalse(r.body().contains(fixtures.residentName), "a refusal names the target: " + what);
        }
        if (actor == Actor.ANONYMOUS && scope != Scope.PUBLIC) {
            assertEquals(401, r.status(), what);
            assertEquals("Bearer", r.header("WWW-Authenticate"), what);
            return;
        }
        if (allowed) {
            if (refused) {
                fail(what + "\n" + actor + " is inside the " + scope + " scope of this operation but was refused. If that "
                        + "is the rule, add " + actor + " to AuthorizationMatrixTest.NOT_FOR for \"" + op.key() + "\"; if "
                        + "the object is wrong, fix Fixtures.pathValue()/bodyFor().");
            }
        } else {
            if (!refused) {
                fail(what + "\n" + actor + " is outside the target's circle (" + scope + ") and was not refused: a leak, "
                        + "or the operation needs another scope (AuthorizationMatrixTest.scopeOf / SCOPE_BY_TAG).");
            }
        }
        boolean holder = actor == Actor.VOLUNTEER && HOLDER_READS_HER_NAME.contains(op.key());
        if (!RESIDENT_CIRCLE.contains(actor) && scope != Scope.PUBLIC && !holder) {
            assertFalse(r.body().contains(fixtures.residentName), "the target's name in an answer to " + actor + ": " + what);
        }
    }

    /**
     * Nobody signed in is told 401 before anything about the input: a broken body or an odd parameter on any
     * operation that needs a session answers 401, not 400 or 422.
     */
    @TestFactory
    Stream<DynamicTest> anonymousWithBrokenInput_isToldOnly401() {
        List<DynamicTest> tests = new ArrayList<>();
        for (ApiOperations.Op op : ApiOperations.all()) {
            if (!op.secured()) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(op.key(), () -> {
                String path = path(op, fixtures);
                path += (path.contains("?") ? "&" : "?") + "certificateNumber=x&page=-1";
                Http.Resp r = server.http.sendUnchecked(op.method(), path, op.bodySchema() == null ? null : "{\"broken\":",
                        Map.of());
                assertEquals(401, r.status(), () -> op.key() + " → " + r);
                assertTrue(String.valueOf(r.header("Content-Type")).startsWith(ApiPaths.PROBLEM_JSON), r::toString);
            }));
        }
        return tests.stream();
    }

    /** Who may ever read the target's name. */
    static final Set<Actor> RESIDENT_CIRCLE = EnumSet.of(Actor.SELF, Actor.CARER, Actor.TOWN_STAFF, Actor.DISTRICT_STAFF);

    @Test
    void theMatrix_coversEveryOperationOfTheDocument_andCanFail() {
        List<ApiOperations.Op> ops = ApiOperations.all();
        assertTrue(ops.size() >= 40, "operations read from openapi.yaml: " + ops.size());
        assertTrue(ops.stream().anyMatch(o -> scopeOf(o) == Scope.RESIDENT));
        assertTrue(ops.stream().anyMatch(o -> scopeOf(o) == Scope.STAFF_OBJECT));
        assertTrue(ops.stream().anyMatch(o -> scopeOf(o) == Scope.STAFF_LIST));
        assertTrue(ops.stream().anyMatch(o -> scopeOf(o) == Scope.RECIPIENT));
        // the check itself: an outsider who got an answer is caught
        ApiOperations.Op profile = ops.stream().filter(o -> o.key().equals("GET " + ApiPaths.RESIDENT)).findFirst().orElseThrow();
        AssertionError leak = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> check(profile, Scope.RESIDENT, Actor.TOWN_STAFF, false));
        assertTrue(leak.getMessage().contains("not refused"), leak.getMessage());
    }
}
