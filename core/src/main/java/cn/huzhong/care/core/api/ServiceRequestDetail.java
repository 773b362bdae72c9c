package cn.huzhong.care.core.api;

import java.util.List;

/**
 * A service request in full: the summary, the fields as submitted, the one-person plan (一人一策) once planned,
 * the rating once followed up, the reason if rejected or cancelled, the timeline, and what the person may do now;
 * the provider staff assigned and the help tasks made from it.
 */
public record ServiceRequestDetail(ServiceRequestSummary summary, CreateServiceRequest form, String plan, Integer rating,
                                   String ratingComment, String reason, List<RequestEvent> timeline, boolean canCancel,
                                   boolean canRate, ProviderDto provider, List<LinkedTask> tasks) {
    /** A request without a provider or tasks (clients and tests that build one). */
    public ServiceRequestDetail(ServiceRequestSummary summary, CreateServiceRequest form, String plan, Integer rating,
                                String ratingComment, String reason, List<RequestEvent> timeline, boolean canCancel,
                                boolean canRate) {
        this(summary, form, plan, rating, ratingComment, reason, timeline, canCancel, canRate, null, List.of());
    }
}
