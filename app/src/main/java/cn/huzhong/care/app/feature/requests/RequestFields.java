package cn.huzhong.care.app.feature.requests;

import cn.huzhong.care.app.ui.Messages;
import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.domain.ModificationItem;
import cn.huzhong.care.core.request.RequestField;
import cn.huzhong.care.core.request.ServiceRequestRules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request's fields in words, in the order of its form: what the confirmation repeats before sending and the
 * detail shows afterwards. Names of choices come from core's bundle, so they read as the server says them.
 */
public final class RequestFields {
    /** One line: the field's name and what was filled in. */
    public record Line(String label, String value) {
    }

    private RequestFields() {
    }

    /** The field's name without "required"/"optional": "希望哪天". */
    static String name(RequestField f, Messages m) {
        return m.get("request.field." + f.json() + ".label");
    }

    static List<Line> describe(CreateServiceRequest r, Messages m) {
        List<Line> out = new ArrayList<>();
        out.add(new Line(m.get("request.summary.type"), m.core("requestType." + r.type())));
        for (Map.Entry<RequestField, Boolean> e : ServiceRequestRules.fields(r.type()).entrySet()) {
            String value = value(e.getKey(), r, m);
            if (value != null && !value.isBlank()) {
                out.add(new Line(name(e.getKey(), m), value));
            }
        }
        return out;
    }

    static String value(RequestField f, CreateServiceRequest r, Messages m) {
        return switch (f) {
            case DESCRIPTION -> r.description();
            case PREFERRED_DATE -> date(r.preferredDate(), m);
            case TIME_OF_DAY -> r.timeOfDay() == null ? null : m.core("timeOfDay." + r.timeOfDay());
            case CONTACT_PHONE -> r.contactPhone();
            case START_DATE -> date(r.startDate(), m);
            case DAYS -> r.days() == null ? null : m.get("request.value.days", r.days());
            case DAYS_PER_WEEK -> r.daysPerWeek() == null ? null : m.get("request.value.daysPerWeek", r.daysPerWeek());
            case DEVICE_KIND -> r.deviceKind() == null ? null : m.core("deviceKind." + r.deviceKind());
            case MODIFICATION_ITEMS -> r.modificationItems() == null || r.modificationItems().isEmpty() ? null
                    : r.modificationItems().stream().map((ModificationItem i) -> m.core("modificationItem." + i))
                    .collect(Collectors.joining(m.get("request.value.separator")));
            case HOME_OWNERSHIP -> r.homeOwnership() == null ? null : m.core("homeOwnership." + r.homeOwnership());
            case LEGAL_TOPIC -> r.legalTopic() == null ? null : m.core("legalTopic." + r.legalTopic());
            case EMPLOYMENT_HELP -> r.employmentHelp() == null ? null : m.core("employmentHelp." + r.employmentHelp());
        };
    }

    private static String date(LocalDate d, Messages m) {
        return d == null ? null : m.date(d);
    }
}
