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
        for (JsonElement day : self.get(ApiPaths.SLOTS + "?service=REHABILITATION&days=28").json().getAsJsonArray()) {
            for (JsonElement s : day.getAsJsonObject().getAsJsonArray("slots")) {
                slots.add(s.getAsJsonObject().get("id").getAsLong());
            }
        }
        // a week out, so that the booking can still be cancelled and moved
        this.booking = created(self.post(ApiPaths.fill(ApiPaths.RESIDENT_BOOKINGS, resident),
                Map.of("slotId", slots.get(slots.size() / 2)))).get("id").getAsLong();
        this.freeSlots = List.copyOf(slots.subList(slots.size() / 2 + 1, slots.size()));
        this.message = self.get(ApiPaths.MESSAGES).json().getAsJsonObject().getAsJsonArray("items").get(0)
                .getAsJsonObject().get("id").getAsLong();
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
