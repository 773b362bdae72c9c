package cn.huzhong.care.core.request;

/** A field of a service-request form; {@link #json()} is its name in the API and in field errors. */
public enum RequestField {
    DESCRIPTION("description"),
    PREFERRED_DATE("preferredDate"),
    TIME_OF_DAY("timeOfDay"),
    CONTACT_PHONE("contactPhone"),
    START_DATE("startDate"),
    DAYS("days"),
    DAYS_PER_WEEK("daysPerWeek"),
    DEVICE_KIND("deviceKind"),
    MODIFICATION_ITEMS("modificationItems"),
    HOME_OWNERSHIP("homeOwnership"),
    LEGAL_TOPIC("legalTopic"),
    EMPLOYMENT_HELP("employmentHelp");

    private final String json;

    RequestField(String json) {
        this.json = json;
    }

    public String json() {
        return json;
    }
}
