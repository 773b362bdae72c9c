package cn.huzhong.care.server;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.CreateTask;
import cn.huzhong.care.core.api.TaskDto;
import cn.huzhong.care.core.cert.CertificateNumber;
import cn.huzhong.care.core.domain.DisabilityCategory;
import cn.huzhong.care.core.domain.DisabilityLevel;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.HouseholdIncome;
import cn.huzhong.care.core.i18n.Lang;
import cn.huzhong.care.server.support.Http;
import cn.huzhong.care.server.support.Tasks;
import cn.huzhong.care.server.support.TestServer;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static cn.huzhong.care.server.support.TestServer.STAFF_HUZHONG;
import static cn.huzhong.care.server.support.TestServer.VOLUNTEER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Before a volunteer holds a task they learn the town, the time window, the kind of help and what is needed — never
 * who. Checked on the JSON itself, against every column of the resident's record and household, in both languages.
 */
class TaskPrivacyTest {
    static TestServer server;
    static long wang;
    static TaskDto task;

    /** What an open task may say. */
    static final Set<String> OPEN_TASK_FIELDS = Set.of("id", "town", "townName", "kind", "kindName", "windowStart", "windowEnd",
            "when", "needed");
    /** Page envelope. */
    static final Set<String> PAGE_FIELDS = Set.of("items", "page", "size", "total");

    @BeforeAll
    static void start() {
        server = TestServer.start(true);
        wang = Tasks.residentOf(server, TestServer.WANG);
        task = Tasks.create(server.as(STAFF_HUZHONG), wang, HelpKind.SHOPPING, 1, 9);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** Every column of the resident's row and their household's row, as text (the town is what a task may show). */
    static Map<String, String> residentRecord(long residentId) {
        return server.app.database().read(c -> {
            Map<String, String> out = new LinkedHashMap<>();
            for (String sql : List.of("SELECT * FROM residents WHERE id = ?",
                    "SELECT h.* FROM households h JOIN residents r ON r.household_id = h.id WHERE r.id = ?")) {
                try (var ps = c.prepareStatement(sql)) {
                    ps.setLong(1, residentId);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next());
                        ResultSetMetaData md = rs.getMetaData();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String v = rs.getString(i);
                            if (v != null) {
                                out.put(md.getTableName(i) + "." + md.getColumnLabel(i).toLowerCase(), v);
                            }
                        }
                    }
                }
            }
            return out;
        });
    }

    /** The words of the record too: category and level names, household standing, certificate number masked. */
    static List<String> recordWords(Map<String, String> record) {
        List<String> words = new ArrayList<>();
        for (Lang lang : Lang.values()) {
            words.add(DisabilityCategory.ofCode(Integer.parseInt(record.get("residents.category"))).displayName(lang));
            words.add(DisabilityLevel.ofCode(Integer.parseInt(record.get("residents.level"))).displayName(lang));
            String income = record.values().stream().filter(v -> Set.of("DIBAO", "NEAR_DIBAO", "REGULAR").contains(v))
                    .findFirst().orElseThrow();
            words.add(HouseholdIncome.valueOf(income).text().in(lang));
        }
        words.add(CertificateNumber.mask(record.get("residents.certificate_number")));
        return words;
    }

    static void leaves(String path, JsonElement e, Map<String, String> out) {
        if (e.isJsonObject()) {
            for (Map.Entry<String, JsonElement> x : e.getAsJsonObject().entrySet()) {
                leaves(path.isEmpty() ? x.getKey() : path + "." + x.getKey(), x.getValue(), out);
            }
        } else if (e.isJsonArray()) {
            JsonArray a = e.getAsJsonArray();
            for (int i = 0; i < a.size(); i++) {
                leaves(path + "[" + i + "]", a.get(i), out);
            }
        } else if (!e.isJsonNull()) {
            out.put(path, e.getAsString());
        }
    }

    /** Fails if any value of the JSON contains any value of the person's record (or its words). */
    static void assertNothingOfThePerson(String json, long residentId) {
        Map<String, String> record = residentRecord(residentId);
        Map<String, String> values = new LinkedHashMap<>();
        leaves("", JsonParser.parseString(json), values);
        assertFalse(values.isEmpty());
        for (Map.Entry<String, String> field : record.entrySet()) {
            String column = field.getKey();
            String v = field.getValue();
            if (column.endsWith(".town")) {
                continue; // the town is what an open task is meant to show
            }
            for (Map.Entry<String, String> leaf : values.entrySet()) {
                boolean numeric = v.chars().allMatch(Character::isDigit);
                if (numeric && v.length() < 5) {
                    // small numbers (ids, codes, counts) can only leak as a value of their own
                    assertFalse(leaf.getValue().equals(v) && !leaf.getKey().endsWith("id") && !leaf.getKey().endsWith("total")
                                    && !leaf.getKey().endsWith("page") && !leaf.getKey().endsWith("size"),
                            column + " = " + v + " appears as " + leaf.getKey());
                } else {
                    assertFalse(leaf.getValue().contains(v), column + " (" + v + ") appears in " + leaf.getKey() + ": " + json);
                }
            }
        }
        for (String word : recordWords(record)) {
            assertFalse(json.contains(word), "the record's \"" + word + "\" appears in " + json);
        }
    }

    static void assertOnlyFields(JsonObject o, Set<String> allowed) {
        assertTrue(allowed.containsAll(o.keySet()), "unexpected fields " + o.keySet() + " beyond " + allowed);
    }

    @Test
    void openTasks_listJson_hasOnlyTownWindowKindAndNeeds_andNothingOfThePerson() {
        for (String lang : List.of("zh-CN", "en")) {
            Http.Resp r = server.as(VOLUNTEER).lang(lang).get(ApiPaths.OPEN_TASKS + "?size=100");
            assertEquals(200, r.status());
            JsonObject page = r.json().getAsJsonObject();
            assertOnlyFields(page, PAGE_FIELDS);
            boolean found = false;
            for (JsonElement item : page.getAsJsonArray("items")) {
                JsonObject o = item.getAsJsonObject();
                assertOnlyFields(o, OPEN_TASK_FIELDS);
                if (o.get("id").getAsLong() == task.id()) {
                    found = true;
                    assertNothingOfThePerson(o.toString(), wang);
                }
            }
            assertTrue(found, "the task is in the list");
        }
    }

    @Test
    void openTask_detailJson_forABrowsingVolunteer_hasNothingOfThePerson() {
        Http.Resp r = server.as(VOLUNTEER).get(ApiPaths.fill(ApiPaths.TASK, task.id()));
        assertEquals(200, r.status());
        JsonObject o = r.json().getAsJsonObject();
        assertFalse(o.has("person") || o.has("requestId") || o.has("volunteerName") || o.has("volunteerId"), o.toString());
        assertNothingOfThePerson(r.body(), wang);
    }

    @Test
    void theRecordCheck_canFail_whenThePersonIsNamed() {
        Map<String, String> record = residentRecord(wang);
        String leaking = "{\"needed\":\"给" + record.get("residents.name") + "买米\"}";
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> assertNothingOfThePerson(leaking, wang));
        assertTrue(e.getMessage().contains("residents.name"));
        String leakingPhone = "{\"needed\":\"电话 " + record.get("residents.phone") + "\"}";
        org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class, () -> assertNothingOfThePerson(leakingPhone, wang));
    }

    @Test
    void afterAcceptance_theVolunteerGetsContactAndAddress_othersStillDoNot() throws Exception {
        TaskDto own = Tasks.create(server.as(STAFF_HUZHONG), wang, HelpKind.HOME_VISIT, 2, 9);
        Http.Resp accepted = Tasks.post(server.as(VOLUNTEER), ApiPaths.TASK_ACCEPT, own.id(), null);
        assertEquals(200, accepted.status());
        assertNotNull(accepted.as(TaskDto.class).person().address());
        // a task someone else holds is not even visible to another volunteer
        Http other = VolunteerApiTest.signIn(server, registerActive(), "snow-2026");
        assertEquals(404, other.get(ApiPaths.fill(ApiPaths.TASK, own.id())).status());
        Http.Resp list = other.get(ApiPaths.OPEN_TASKS + "?size=100");
        assertFalse(list.body().contains("\"id\":" + own.id() + ","), "a taken task leaves the open list");
    }

    private static String registerActive() {
        String phone = "13788880000";
        Http.Resp r = VolunteerApiTest.register(server, "周晓", phone, "snow-2026", List.of(cn.huzhong.care.core.domain.Town.HUZHONG));
        long id = r.as(cn.huzhong.care.core.api.VolunteerDto.class).id();
        assertEquals(200, server.as(STAFF_HUZHONG).post(ApiPaths.fill(ApiPaths.VOLUNTEER_VERIFY, id), null).status());
        return phone;
    }

    @Test
    void needs_thatNameThePerson_areRefused() {
        Map<String, String> record = residentRecord(wang);
        for (String needed : List.of("请帮" + record.get("residents.name") + "买菜", "联系电话 139-0000-0001 买菜",
                "地址：" + record.get("residents.address") + "，扫雪")) {
            Http.Resp r = server.as(STAFF_HUZHONG).post(ApiPaths.TASKS, new CreateTask(wang, null, HelpKind.SHOPPING, needed,
                    Tasks.at(1, 9), Tasks.at(1, 10)));
            assertEquals(422, r.status(), needed);
            assertEquals("personalDataInTask", r.problem().errors().get(0).code());
        }
    }

    @Test
    void createTask_windowRules_422() {
        Http staff = server.as(STAFF_HUZHONG);
        List<Object[]> cases = List.of(
                new Object[]{Tasks.at(-1, 9), Tasks.at(-1, 10), "windowStart", "future"},
                new Object[]{Tasks.at(1, 10), Tasks.at(1, 9), "windowEnd", "windowOrder"},
                new Object[]{Tasks.at(1, 6), Tasks.at(1, 19), "windowEnd", "windowLength"},
                new Object[]{Tasks.at(1, 20), Tasks.at(2, 1), "windowEnd", "windowSameDay"});
        for (Object[] c : cases) {
            Http.Resp r = staff.post(ApiPaths.TASKS, new CreateTask(wang, null, HelpKind.SHOPPING, "帮忙扫门前的雪",
                    (java.time.OffsetDateTime) c[0], (java.time.OffsetDateTime) c[1]));
            assertEquals(422, r.status(), () -> c[3] + " " + r);
            assertEquals(c[2], r.problem().errors().get(0).field());
            assertEquals(c[3], r.problem().errors().get(0).code());
        }
        Http.Resp none = staff.post(ApiPaths.TASKS, new CreateTask(null, null, null, null, null, null));
        assertEquals(List.of("kind", "needed", "windowStart", "windowEnd", "residentId"),
                none.problem().errors().stream().map(e -> e.field()).toList());
    }
}
