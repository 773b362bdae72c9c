package cn.huzhong.care.server.bookings;

import cn.huzhong.care.core.api.CreateBooking;
import cn.huzhong.care.core.api.Json;
import cn.huzhong.care.core.api.PublishSlots;
import cn.huzhong.care.core.api.RescheduleRequest;
import cn.huzhong.care.core.domain.ServiceKind;
import cn.huzhong.care.core.validation.ValidationException;
import cn.huzhong.care.core.validation.Violation;
import cn.huzhong.care.server.auth.Principal;
import cn.huzhong.care.server.http.RequestContext;
import cn.huzhong.care.server.http.Requests;
import cn.huzhong.care.server.http.Responses;
import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Providers, free slots and bookings: HTTP only. */
public final class BookingController {
    private final BookingService service;

    public BookingController(BookingService service) {
        this.service = service;
    }

    public void providers(Context ctx) {
        Responses.json(ctx, 200, service.providers(RequestContext.principal(ctx),
                Requests.enumParam(ctx, "service", ServiceKind.class), RequestContext.lang(ctx)));
    }

    public void slots(Context ctx) {
        String from = ctx.queryParam("from");
        LocalDate fromDate;
        try {
            fromDate = from == null || from.isBlank() ? null : LocalDate.parse(from.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationException(List.of(new Violation("from", "date")));
        }
        if (fromDate != null && (fromDate.isBefore(Json.EARLIEST_DATE) || fromDate.isAfter(Json.LATEST_DATE))) {
            throw new ValidationException(List.of(new Violation("from", "dateRange", Json.EARLIEST_DATE.toString(),
                    Json.LATEST_DATE.toString())));
        }
        Responses.json(ctx, 200, service.freeSlots(RequestContext.principal(ctx),
                Requests.enumParam(ctx, "service", ServiceKind.class), Requests.longParam(ctx, "providerId"), fromDate,
                Requests.intParam(ctx, "days", 14, 1, BookingService.MAX_DAYS_LISTED), RequestContext.lang(ctx)));
    }

    public void list(Context ctx) {
        Requests.Paging paging = Requests.paging(ctx);
        String scope = ctx.queryParam("scope");
        boolean past;
        if (scope == null || scope.isBlank() || scope.equalsIgnoreCase("upcoming")) {
            past = false;
        } else if (scope.equalsIgnoreCase("past")) {
            past = true;
        } else {
            throw new ValidationException(List.of(new Violation("scope", "oneOf")));
        }
        Responses.json(ctx, 200, service.list(RequestContext.principal(ctx), Requests.id(ctx, "residentId"), past,
                paging.page(), paging.size(), RequestContext.lang(ctx)));
    }

    public void detail(Context ctx) {
        Responses.json(ctx, 200, service.detail(RequestContext.principal(ctx), Requests.id(ctx, "residentId"),
                Requests.id(ctx, "bookingId"), RequestContext.lang(ctx)));
    }

    public void book(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long residentId = Requests.id(ctx, "residentId");
        CreateBooking req = Requests.body(ctx, CreateBooking.class);
        Responses.stored(ctx, service.book(p, residentId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void cancel(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        Responses.stored(ctx, service.cancel(p, Requests.id(ctx, "residentId"), Requests.id(ctx, "bookingId"),
                Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void reschedule(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long residentId = Requests.id(ctx, "residentId");
        long bookingId = Requests.id(ctx, "bookingId");
        RescheduleRequest req = Requests.body(ctx, RescheduleRequest.class);
        Responses.stored(ctx, service.reschedule(p, residentId, bookingId, req, Responses.idempotency(ctx, p),
                RequestContext.lang(ctx)));
    }

    public void publish(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        long providerId = Requests.id(ctx, "providerId");
        PublishSlots req = Requests.body(ctx, PublishSlots.class);
        Responses.stored(ctx, service.publish(p, providerId, req, Responses.idempotency(ctx, p), RequestContext.lang(ctx)));
    }

    public void providerSlots(Context ctx) {
        Responses.json(ctx, 200, service.providerSlots(RequestContext.principal(ctx), Requests.id(ctx, "providerId"),
                Requests.dateParam(ctx, "from"), Requests.intParam(ctx, "days", 14, 1, BookingService.MAX_DAYS_LISTED),
                RequestContext.lang(ctx)));
    }

    public void withdraw(Context ctx) {
        Principal p = RequestContext.principal(ctx);
        Responses.stored(ctx, service.withdraw(p, Requests.id(ctx, "slotId"), Responses.idempotency(ctx, p),
                RequestContext.lang(ctx)));
    }
}
