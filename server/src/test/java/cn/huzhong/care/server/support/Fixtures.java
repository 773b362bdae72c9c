package cn.huzhong.care.server.support;

import cn.huzhong.care.core.api.ApiPaths;
import cn.huzhong.care.core.api.MeResponse;
import cn.huzhong.care.core.time.Dates;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Objects that belong to one resident (the "target", 赵小梅 of 呼源镇, who has a linked carer) made through the API
 * on a demo server, for the generated guarantee tests: an application at a town step, a service request, a
 * booking, a text-hotline thread, an inbox message, a provider of her town and free slots.
 *
 * <p><b>Adding an endpoint</b> with a new path parameter: add how to find an object of the target's for it to
 * {@link #pathValue}; a new request property that holds an id: add it to {@link #bodyValues}. The tests say so
 * when one is missing.
 */
public final class Fixtures {
    public final TestServer server;
    public final long resident;
    public final String residentName;
    public final long subsidy;
    public final long request;
    public final long booking;
    public final long thread;
    public final long message;
    public final long provider;
    public final List<Long> freeSlots;
    /** A free slot of her town's provider, for staff to withdraw. */
    public final long spareSlot;
    /** An open help task for her (in 呼源镇, which the demo volunteer 林志远 serves). */
    public final long task;
    /** A complaint of hers about a task 林志远 accepted. */
    public final long complaint;
    /** A personal-data case of hers (a correction she asked for). */
    public final long dataCase;
    /** A volunteer who registered to serve her town only, waiting for staff to verify them. */
    public final long pendingVolunteer;
    /** A carer's account staff opened in her town, to link to her, unlink, suspend and reinstate. */
    public final long spareCarer;
    /** The demo volunteer 林志远's account (the matrix's VOLUNTEER). */
    public final long volunteer;

    public Fixtures(TestServer server) {
        this.server = server;
        Http self = server.as(TestServer.ZHAO);
        MeResponse me = self.get(ApiPaths.ME).as(MeResponse.class);
        this.resident = me.actingFor().get(0).residentId();
        this.residentName = me.actingFor().get(0).name();
        this.subsidy = created(self.post(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, resident), Map.of("kind", "LIVING_SUBSIDY")))
                .getAsJsonObject("summary").get("id").getAsLong();
        this.request = created(self.post(ApiPaths.fill(ApiPaths.RESIDENT_REQUESTS, resident),
                Map.of("type", "OTHER", "description", "家里的轮椅需要人来修理"))).getAsJsonObject("summary").get("id").getAsLong();
        this.thread = created(self.post(ApiPaths.fill(ApiPaths.RESIDENT_HOTLINE_THREADS, resident),
                Map.of("topic", "POLICY", "message", "请问护理补贴什么时候发放？"))).getAsJsonObject("summary").get("id").getAsLong();
        JsonArray providers = self.get(ApiPaths.PROVIDERS).json().getAsJsonArray();
        long found = -1;
        for (JsonElement p : providers) {
            if (p.getAsJsonObject().get("town").getAsString().equals("HUYUAN")) {
                found = p.getAsJsonObject().get("id").getAsLong();
            }
        }
        this.provider = found;
        List<Long> slots = new ArrayList<>();
        long ofHerTown = -1;
        for (JsonElement day : self.get(ApiPaths.SLOTS + "?service=REHABILITATION&days=28").json().getAsJsonArray()) {
            for (JsonElement s : day.getAsJsonObject().getAsJsonArray("slots")) {
                long id = s.getAsJsonObject().get("id").getAsLong();
                if (s.getAsJsonObject().get("providerId").getAsLong() == found) {
                    ofHerTown = id; // the last one of her town's provider: staff withdraw it
                } else {
                    slots.add(id);
                }
            }
        }
        if (ofHerTown < 0) {
            throw new AssertionError("no free slot of her town's provider in the demo data");
        }
        this.spareSlot = ofHerTown;
        // a week out, so that the booking can still be cancelled and moved
        this.booking = created(self.post(ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, resident),
                Map.of("slotId", slots.get(slots.size() / 2)))).get("id").getAsLong();
        this.freeSlots = List.copyOf(slots.subList(slots.size() / 2 + 1, slots.size()));
        this.message = self.get(ApiPaths.MESSAGES).json().getAsJsonObject().getAsJsonArray("items").get(0)
                .getAsJsonObject().get("id").getAsLong();

        // issue 8's objects
        Http staff = server.as(TestServer.STAFF_HUYUAN);
        LocalDate today = Dates.day(server.clock.millis());
        this.task = created(staff.post(ApiPaths.TASKS, task(today.plusDays(2)))).get("id").getAsLong();
        long held = created(staff.post(ApiPaths.TASKS, task(today.plusDays(3)))).get("id").getAsLong();
        Http lin = server.as(TestServer.VOLUNTEER);
        this.volunteer = lin.get(ApiPaths.ME).json().getAsJsonObject().getAsJsonObject("account").get("id").getAsLong();
        assertEquals(200, lin.post(ApiPaths.fill(ApiPaths.TASK_ACCEPT, held), null).status());
        this.complaint = created(self.post(ApiPaths.fill(ApiPaths.RESIDENT_TASK_COMPLAINTS, resident, held),
                Map.of("body", "志愿者来晚了两个小时"))).get("id").getAsLong();
        this.dataCase = created(self.post(ApiPaths.fill(ApiPaths.RESIDENT_DATA_CASES, resident),
                Map.of("kind", "CORRECTION", "details", "我的住址写错了，应该是源江路十二号"))).get("id").getAsLong();
        this.pendingVolunteer = created(server.http.post(ApiPaths.VOLUNTEERS, Map.of("name", "测试志愿者", "phone", "13700000071",
                "password", "volunteer-71", "towns", List.of("HUYUAN"), "kinds", List.of("HOME_VISIT")))).get("id").getAsLong();
        this.spareCarer = created(staff.post(ApiPaths.ACCOUNTS, Map.of("role", "CARER", "phone", "13700000072",
                "name", "测试家属", "town", "HUYUAN"))).getAsJsonObject("account").get("id").getAsLong();
    }

    private JsonObject task(LocalDate day) {
        JsonObject o = new JsonObject();
        o.addProperty("residentId", resident);
        o.addProperty("kind", "HOME_VISIT");
        o.addProperty("needed", "陪老人聊聊天，帮忙收拾一下屋子");
        o.addProperty("windowStart", day + "T09:00:00+08:00");
        o.addProperty("windowEnd", day + "T11:00:00+08:00");
        return o;
    }

    /** The spare carer linked to her again (staff of her town), for an unlink to find. */
    public void linkSpareCarer() {
        int status = server.as(TestServer.STAFF_HUYUAN).post(ApiPaths.fill(ApiPaths.RESIDENT_CARERS, resident),
                Map.of("carerAccountId", spareCarer, "relationship", "DAUGHTER")).status();
        if (status != 201 && status != 200 && status != 409) {
            throw new AssertionError("linking the spare carer: " + status);
        }
    }

    private static JsonObject created(Http.Resp r) {
        assertEquals(201, r.status(), r::toString);
        return JsonParser.parseString(r.body()).getAsJsonObject();
    }

    private final Map<String, Long> subsidiesByUse = new HashMap<>();
    private final List<String> spareKinds = new ArrayList<>(List.of("SUPPORTED_LIVING", "OUT_OF_AREA_REHAB_ALLOWANCE",
            "CHILD_REHABILITATION_AID", "HOME_MODIFICATION", "MULTI_DISABLED_HOUSEHOLD"));

    /**
     * An application of the target's at its first (town) step for one use only, so that one staff action moving
     * the shared one along (advance) does not leave the next (reject) facing a district step.
     */
    public long subsidyFor(String use) {
        return subsidiesByUse.computeIfAbsent(use, u -> spareKinds.isEmpty() ? subsidy
                : created(server.as(TestServer.ZHAO).post(ApiPaths.fill(ApiPaths.RESIDENT_SUBSIDIES, resident),
                        Map.of("kind", spareKinds.remove(0)))).getAsJsonObject("summary").get("id").getAsLong());
    }

    /** The value of a path parameter naming an object of the target's; null when this table has no entry. */
    public String pathValue(String name) {
        return switch (name) {
            case "residentId" -> Long.toString(resident);
            case "subsidyId" -> Long.toString(subsidy);
            case "requestId" -> Long.toString(request);
            case "bookingId" -> Long.toString(booking);
            case "threadId" -> Long.toString(thread);
            case "messageId" -> Long.toString(message);
            case "providerId" -> Long.toString(provider);
            case "slotId" -> Long.toString(spareSlot);
            case "taskId" -> Long.toString(task);
            case "complaintId" -> Long.toString(complaint);
            case "caseId" -> Long.toString(dataCase);
            case "volunteerId" -> Long.toString(pendingVolunteer);
            case "accountId", "carerAccountId" -> Long.toString(spareCarer);
            default -> null;
        };
    }

    /** Values for request-body properties that must name real things, or match the server's clock. */
    public Map<String, JsonElement> bodyValues() {
        LocalDate today = Dates.day(server.clock.millis());
        Map<String, JsonElement> m = new HashMap<>();
        m.put("slotId", new JsonPrimitive(freeSlots.get(0)));
        m.put("startsAt", new JsonPrimitive(today.plusDays(3) + "T09:00:00+08:00"));
        m.put("period", new JsonPrimitive(YearMonth.from(today).toString()));
        m.put("paidOn", new JsonPrimitive(today.toString()));
        m.put("preferredDate", new JsonPrimitive(today.plusDays(7).toString()));
        m.put("startDate", new JsonPrimitive(today.plusDays(7).toString()));
        m.put("phone", new JsonPrimitive(TestServer.ZHAO));
        m.put("password", new JsonPrimitive("demo1234"));
        m.put("residentId", new JsonPrimitive(resident));
        m.put("providerId", new JsonPrimitive(provider));
        m.put("volunteerId", new JsonPrimitive(volunteer));
        m.put("carerAccountId", new JsonPrimitive(spareCarer));
        return m;
    }

    /** Whole bodies for schemas whose rules depend on one another (the fields a request type needs). */
    public JsonElement bodyFor(String schema) {
        JsonObject o = new JsonObject();
        switch (schema) {
            case "CreateServiceRequest" -> {
                o.addProperty("type", "OTHER");
                o.addProperty("description", "想请工作人员上门看看");
            }
            case "RequestTransition" -> o.addProperty("to", "ACCEPTED");
            // a note where one may be required (closing a complaint says what was done)
            case "NoteRequest" -> o.addProperty("note", "已电话核实并处理");
            case "CreateTask" -> {
                return task(Dates.day(server.clock.millis()).plusDays(4));
            }
            case "CompleteTask" -> {
                o.addProperty("note", "陪老人聊了天，打扫了厨房");
                o.addProperty("hours", 1.5);
            }
            // a wrong current password: the answer is 422, no password changes, and every caller can go on
            case "ChangePassword" -> {
                o.addProperty("currentPassword", "not-my-password-1");
                o.addProperty("newPassword", "a-new-secret-2");
            }
            case "RedeemCode" -> {
                o.addProperty("phone", TestServer.ZHAO);
                o.addProperty("code", "ABCD2345");
                o.addProperty("newPassword", "a-new-secret-2");
            }
            // a resident's account for her: she has one (409) — never a new account per caller
            case "CreateAccount" -> {
                o.addProperty("role", "RESIDENT");
                o.addProperty("phone", "13700000073");
                o.addProperty("residentId", resident);
            }
            case "LinkCarer" -> {
                o.addProperty("carerAccountId", spareCarer);
                o.addProperty("relationship", "DAUGHTER");
            }
            // refused: the answer changes nothing in her record
            case "AnswerDataCase" -> {
                o.addProperty("outcome", "REFUSED");
                o.addProperty("answer", "住址与户籍登记一致，无需更正");
            }
            // the start of her name: a leak to a caller outside her circle would show
            case "ResidentSearch" -> o.addProperty("name", residentName.substring(0, 1));
            case "RegisterVolunteer" -> {
                o.addProperty("name", "又一位志愿者");
                o.addProperty("phone", "13700000074");
                o.addProperty("password", "volunteer-74");
                JsonArray towns = new JsonArray();
                towns.add("HUYUAN");
                o.add("towns", towns);
                JsonArray kinds = new JsonArray();
                kinds.add("HOME_VISIT");
                o.add("kinds", kinds);
            }
            case "PublishSlots" -> {
                o.addProperty("service", "REHABILITATION");
                o.add("startsAt", bodyValues().get("startsAt"));
                o.addProperty("durationMinutes", 45);
                o.addProperty("capacity", 2);
            }
            default -> {
                return ApiOperations.example(ApiOperations.schema(schema), null, bodyValues());
            }
        }
        return o;
    }

    /** Ids in a body that the generic example cannot know: a property ending in "Id" with no entry is an error. */
    public static String missingBodyValue(String schema, Map<String, JsonElement> values) {
        for (String p : ApiOperations.required(ApiOperations.schema(schema))) {
            if (p.endsWith("Id") && !values.containsKey(p)) {
                return p;
            }
        }
        return null;
    }
}
