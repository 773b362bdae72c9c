package cn.huzhong.care.core.request;

import cn.huzhong.care.core.api.CreateServiceRequest;
import cn.huzhong.care.core.domain.ServiceRequestType;
import cn.huzhong.care.core.validation.Validators;
import cn.huzhong.care.core.validation.Violation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static cn.huzhong.care.core.request.RequestField.CONTACT_PHONE;
import static cn.huzhong.care.core.request.RequestField.DAYS;
import static cn.huzhong.care.core.request.RequestField.DAYS_PER_WEEK;
import static cn.huzhong.care.core.request.RequestField.DESCRIPTION;
import static cn.huzhong.care.core.request.RequestField.DEVICE_KIND;
import static cn.huzhong.care.core.request.RequestField.EMPLOYMENT_HELP;
import static cn.huzhong.care.core.request.RequestField.HOME_OWNERSHIP;
import static cn.huzhong.care.core.request.RequestField.LEGAL_TOPIC;
import static cn.huzhong.care.core.request.RequestField.MODIFICATION_ITEMS;
import static cn.huzhong.care.core.request.RequestField.PREFERRED_DATE;
import static cn.huzhong.care.core.request.RequestField.START_DATE;
import static cn.huzhong.care.core.request.RequestField.TIME_OF_DAY;

/**
 * The form of each service-request type: which fields it has, which are required, and the rules of each field.
 * The app builds its forms from {@link #fields} and checks them with {@link #validate} before sending; the server
 * checks the same rules again. Field order is the order on screen.
 */
public final class ServiceRequestRules {
    public static final int DESCRIPTION_MIN = 5;
    public static final int DESCRIPTION_MAX = 500;
    /** A visit or a start date may be asked for from tomorrow up to 90 days ahead. */
    public static final int MAX_DAYS_AHEAD = 90;
    public static final int RESPITE_MAX_DAYS = 14;

    private static final Map<ServiceRequestType, Map<RequestField, Boolean>> FORMS = new EnumMap<>(ServiceRequestType.class);

    static {
        form(ServiceRequestType.HOME_VISIT, DESCRIPTION, true, PREFERRED_DATE, true, TIME_OF_DAY, false, CONTACT_PHONE, false);
        form(ServiceRequestType.RESPITE_CARE, DESCRIPTION, true, START_DATE, true, DAYS, true, CONTACT_PHONE, false);
        form(ServiceRequestType.DAY_CARE, DESCRIPTION, true, START_DATE, true, DAYS_PER_WEEK, true, CONTACT_PHONE, false);
        form(ServiceRequestType.HOME_MODIFICATION, DESCRIPTION, true, MODIFICATION_ITEMS, true, HOME_OWNERSHIP, true);
        form(ServiceRequestType.ASSISTIVE_DEVICE_SUBSIDY, DESCRIPTION, true, DEVICE_KIND, true);
        form(ServiceRequestType.LEGAL_AID, DESCRIPTION, true, LEGAL_TOPIC, true, CONTACT_PHONE, false);
        form(ServiceRequestType.EMPLOYMENT, DESCRIPTION, true, EMPLOYMENT_HELP, true);
        form(ServiceRequestType.CULTURE, DESCRIPTION, true, PREFERRED_DATE, false);
        form(ServiceRequestType.OTHER, DESCRIPTION, true, CONTACT_PHONE, false);
    }

    private ServiceRequestRules() {
    }

    private static void form(ServiceRequestType type, Object... fieldRequired) {
        Map<RequestField, Boolean> fields = new LinkedHashMap<>();
        for (int i = 0; i < fieldRequired.length; i += 2) {
            fields.put((RequestField) fieldRequired[i], (Boolean) fieldRequired[i + 1]);
        }
        FORMS.put(type, fields);
    }

    /** The fields of a type's form, in screen order, each with whether it is required. */
    public static Map<RequestField, Boolean> fields(ServiceRequestType type) {
        return java.util.Collections.unmodifiableMap(FORMS.get(type));
    }

    public static boolean has(ServiceRequestType type, RequestField field) {
        return FORMS.get(type).containsKey(field);
    }

    /** Every rule broken by {@code req}, judged on {@code today}; empty when it may be sent. */
    public static List<Violation> validate(CreateServiceRequest req, LocalDate today) {
        Validators v = Validators.start();
        if (req.type() == null) {
            v.add("type", "required");
            return v.violations();
        }
        Map<RequestField, Boolean> form = FORMS.get(req.type());
        List<Violation> out = new ArrayList<>();
        for (Map.Entry<RequestField, Boolean> e : form.entrySet()) {
            RequestField f = e.getKey();
            boolean required = e.getValue();
            Object value = value(req, f);
            boolean empty = value == null || (value instanceof String s && s.isBlank())
                    || (value instanceof List<?> l && l.isEmpty());
            if (empty) {
                if (required) {
                    out.add(new Violation(f.json(), "required"));
                }
                continue;
            }
            switch (f) {
                case DESCRIPTION -> out.addAll(Validators.start()
                        .text(f.json(), req.description(), DESCRIPTION_MIN, DESCRIPTION_MAX).violations());
                case CONTACT_PHONE -> out.addAll(Validators.start().mobile(f.json(), req.contactPhone()).violations());
                case PREFERRED_DATE, START_DATE -> {
                    LocalDate d = (LocalDate) value;
                    if (d.isBefore(today.plusDays(1)) || d.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
                        out.add(new Violation(f.json(), "dateAhead", MAX_DAYS_AHEAD));
                    }
                }
                case DAYS -> out.addAll(Validators.start().range(f.json(), req.days(), 1, RESPITE_MAX_DAYS).violations());
                case DAYS_PER_WEEK -> out.addAll(Validators.start().range(f.json(), req.daysPerWeek(), 1, 7).violations());
                default -> {
                    // enums and enum lists: Gson has already refused unknown values
                }
            }
        }
        return out;
    }

    static Object value(CreateServiceRequest r, RequestField f) {
        return switch (f) {
            case DESCRIPTION -> r.description();
            case PREFERRED_DATE -> r.preferredDate();
            case TIME_OF_DAY -> r.timeOfDay();
            case CONTACT_PHONE -> r.contactPhone();
            case START_DATE -> r.startDate();
            case DAYS -> r.days();
            case DAYS_PER_WEEK -> r.daysPerWeek();
            case DEVICE_KIND -> r.deviceKind();
            case MODIFICATION_ITEMS -> r.modificationItems();
            case HOME_OWNERSHIP -> r.homeOwnership();
            case LEGAL_TOPIC -> r.legalTopic();
            case EMPLOYMENT_HELP -> r.employmentHelp();
        };
    }

    /** The request with every field its type's form does not have cleared (what the server stores). */
    public static CreateServiceRequest onlyFormFields(CreateServiceRequest r) {
        ServiceRequestType t = r.type();
        return new CreateServiceRequest(t,
                has(t, DESCRIPTION) ? strip(r.description()) : null,
                has(t, PREFERRED_DATE) ? r.preferredDate() : null,
                has(t, TIME_OF_DAY) ? r.timeOfDay() : null,
                has(t, CONTACT_PHONE) && r.contactPhone() != null && !r.contactPhone().isBlank()
                        ? Validators.normalizePhone(r.contactPhone()) : null,
                has(t, START_DATE) ? r.startDate() : null,
                has(t, DAYS) ? r.days() : null,
                has(t, DAYS_PER_WEEK) ? r.daysPerWeek() : null,
                has(t, DEVICE_KIND) ? r.deviceKind() : null,
                has(t, MODIFICATION_ITEMS) && r.modificationItems() != null ? List.copyOf(new java.util.LinkedHashSet<>(r.modificationItems())) : null,
                has(t, HOME_OWNERSHIP) ? r.homeOwnership() : null,
                has(t, LEGAL_TOPIC) ? r.legalTopic() : null,
                has(t, EMPLOYMENT_HELP) ? r.employmentHelp() : null);
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
