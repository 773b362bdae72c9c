package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.domain.Money;
import cn.huzhong.care.core.domain.Relationship;
import cn.huzhong.care.core.i18n.CoreMessages;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The states before and after an audited action, as the server records them (a small JSON object such as
 * {@code {"status":"OPEN","outcome":"…"}}), in words staff read: each field's name, codes in the words the app uses
 * elsewhere ("待处理", "已受理"), times and dates in the app's one format, money in 元. A state that is not such an
 * object is shown as it is: the record is never hidden.
 */
final class AuditStates {
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
    private static final Pattern DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}.*");

    /** Where a code of a field is named, by the entity it belongs to (first match wins). */
    private static final Map<String, String> STATUS_BY_ENTITY = Map.of(
            "service_request", "requestStatus.%s.title",
            "application", "step.%s.title",
            "help_task", "taskStatus.%s",
            "task_complaint", "complaintStatus.%s",
            "personal_data_case", "dataCaseStatus.%s",
            "account", "accountStatus.%s",
            "hotline_thread", "hotlineStatus.%s");
    private static final List<String> ANY_CODE = List.of("requestStatus.%s.title", "step.%s.title", "taskStatus.%s",
            "complaintStatus.%s", "dataCaseStatus.%s", "accountStatus.%s", "hotlineStatus.%s", "helpKind.%s",
            "dataCaseKind.%s", "serviceKind.%s");

    private AuditStates() {
    }

    static String words(String state, String entity, Messages m) {
        if (state == null || state.isBlank()) {
            return m.get("audit.value.none");
        }
        JsonElement parsed;
        try {
            parsed = JsonParser.parseString(state);
        } catch (RuntimeException notJson) {
            return state;
        }
        if (!parsed.isJsonObject()) {
            return state;
        }
        JsonObject o = parsed.getAsJsonObject();
        if (o.isEmpty()) {
            return m.get("audit.value.none");
        }
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, JsonElement> e : o.entrySet()) {
            String label = m.has("audit.field." + e.getKey()) ? m.get("audit.field." + e.getKey()) : e.getKey();
            parts.add(m.get("audit.state.pair", label, value(e.getKey(), e.getValue(), entity, m)));
        }
        return String.join(m.get("audit.state.join"), parts);
    }

    private static String value(String key, JsonElement v, String entity, Messages m) {
        if (v == null || v.isJsonNull()) {
            return m.get("audit.value.none");
        }
        if (v.isJsonArray()) {
            JsonArray a = v.getAsJsonArray();
            if (a.isEmpty()) {
                return m.get("audit.value.none");
            }
            List<String> items = new ArrayList<>();
            a.forEach(x -> items.add(value(key, x, entity, m)));
            return String.join(m.get("staff.join"), items);
        }
        if (v.isJsonObject()) {
            return v.toString();
        }
        JsonPrimitive p = v.getAsJsonPrimitive();
        if (p.isBoolean()) {
            return m.get(p.getAsBoolean() ? "audit.value.yes" : "audit.value.no");
        }
        if (p.isNumber()) {
            return key.endsWith("Fen") ? Money.format(p.getAsLong(), m.lang()) : p.getAsString();
        }
        String s = p.getAsString();
        if (DATE_TIME.matcher(s).matches()) {
            try {
                return m.dateTime(OffsetDateTime.parse(s).toInstant());
            } catch (RuntimeException notOffset) {
                try {
                    return m.dateTime(Instant.parse(s));
                } catch (RuntimeException notInstant) {
                    return s;
                }
            }
        }
        if (DATE.matcher(s).matches()) {
            try {
                return m.date(LocalDate.parse(s));
            } catch (RuntimeException notDate) {
                return s;
            }
        }
        if (MONTH.matcher(s).matches()) {
            try {
                return cn.huzhong.care.core.i18n.Formats.month(java.time.YearMonth.parse(s), m.lang());
            } catch (RuntimeException notMonth) {
                return s;
            }
        }
        if (CODE.matcher(s).matches()) {
            return code(key, s, entity, m);
        }
        return s;
    }

    /** A code in words: by the field and the entity first, then wherever the app names such a code. */
    private static String code(String key, String code, String entity, Messages m) {
        if ("role".equals(key) && m.has("audit.role." + code)) {
            return m.get("audit.role." + code);
        }
        if (key.startsWith("town")) {
            try {
                return cn.huzhong.care.core.domain.Town.valueOf(code).displayName(m.lang());
            } catch (RuntimeException unknown) {
                return code;
            }
        }
        if ("relationship".equals(key)) {
            try {
                return Relationship.valueOf(code).displayName(m.lang());
            } catch (RuntimeException unknown) {
                return code;
            }
        }
        List<String> tries = new ArrayList<>();
        if ("status".equals(key) && STATUS_BY_ENTITY.containsKey(entity)) {
            tries.add(STATUS_BY_ENTITY.get(entity));
        }
        if ("step".equals(key)) {
            tries.add("step.%s.title");
        }
        if ("kind".equals(key)) {
            tries.add("personal_data_case".equals(entity) ? "dataCaseKind.%s" : "helpKind.%s");
        }
        tries.addAll(ANY_CODE);
        for (String t : tries) {
            String k = String.format(java.util.Locale.ROOT, t, code);
            if (CoreMessages.has(k)) {
                return m.core(k);
            }
        }
        return code;
    }
}
