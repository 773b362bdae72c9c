package cn.huzhong.care.app.ui;

import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.core.i18n.Formats;
import cn.huzhong.care.core.time.Dates;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * A request or booking still on the device, as a card in a list (requests, bookings, the inbox): "等待发送" with
 * what it is and a "send now" action, or, when the server refused it, why in its words with a way to choose again
 * and a way to dismiss the note. Status in words and an icon, never colour alone.
 */
public final class OutboxCards {
    public static final String PREFIX = "outbox-";
    public static final String SEND_PREFIX = "outbox-send-";
    public static final String AGAIN_PREFIX = "outbox-again-";
    public static final String DISMISS_PREFIX = "outbox-dismiss-";

    private OutboxCards() {
    }

    /** What the item is: "走访探视" / "康复训练 · 呼中区残疾人康复中心 · 12月1日（周二）上午9:00–9:45". */
    public static String what(Ui ui, OutboxItem item) {
        if (item.kind() == OutboxItem.Kind.REQUEST) {
            return ui.messages().core("requestType." + item.request().type());
        }
        OutboxItem.BookingInfo b = item.bookingInfo();
        String when = Formats.when(b.startsAt().atZoneSameInstant(Dates.ZONE), b.endsAt().atZoneSameInstant(Dates.ZONE),
                ui.messages().lang());
        return ui.t("outbox.booking.what", ui.messages().core("serviceKind." + b.service()), b.providerName(), when);
    }

    /** The first {@code max} characters, with an ellipsis when there were more. */
    static String excerpt(String s, int max) {
        return s.codePointCount(0, s.length()) <= max ? s : s.substring(0, s.offsetByCodePoints(0, max)) + "…";
    }

    public static VBox card(Ui ui, OutboxItem item, Runnable sendNow, Runnable again, Runnable dismiss) {
        boolean booking = item.kind() == OutboxItem.Kind.BOOKING;
        String what = what(ui, item);
        VBox card = Ui.card();
        card.setId(PREFIX + item.key());
        Label status;
        if (item.waiting()) {
            status = ui.status(ui.t("outbox.waiting.status"), Styles.Tone.WARN);
            status.setGraphic(ui.icon(MaterialDesignC.CLOCK_OUTLINE));
        } else {
            status = ui.status(ui.t(booking ? "outbox.failed.booking" : "outbox.failed.request", item.failure()),
                    Styles.Tone.ERROR);
        }
        card.getChildren().add(status);
        if (booking) {
            OutboxItem.BookingInfo b = item.bookingInfo();
            card.getChildren().addAll(Ui.heading(ui.messages().core("serviceKind." + b.service())),
                    Ui.body(Formats.when(b.startsAt().atZoneSameInstant(Dates.ZONE), b.endsAt().atZoneSameInstant(Dates.ZONE),
                            ui.messages().lang())),
                    Ui.body(b.providerName()));
            if (b.deviceKind() != null) {
                card.getChildren().add(Ui.body(ui.t("outbox.booking.device",
                        ui.messages().core("deviceKind." + b.deviceKind()))));
            }
        } else {
            card.getChildren().add(Ui.heading(what));
            String d = item.request().description();
            if (d != null && !d.isBlank()) {
                card.getChildren().add(Ui.body(excerpt(d.strip(), 40)));
            }
        }
        String made = ui.messages().dateTime(item.createdAt());
        if (item.waiting()) {
            card.getChildren().add(Ui.muted(ui.t(booking ? "outbox.waiting.booking" : "outbox.waiting.request", made)));
            Button send = ui.secondary(ui.t("outbox.sendNow.label"), MaterialDesignS.SEND, sendNow);
            send.setId(SEND_PREFIX + item.key());
            A11y.action(send, "outbox.sendNow");
            card.getChildren().add(send);
        } else {
            card.getChildren().add(Ui.muted(ui.t(booking ? "outbox.failed.when.booking" : "outbox.failed.when.request", made)));
            Button retry = ui.secondary(ui.t(booking ? "outbox.again.booking" : "outbox.again.request"),
                    booking ? MaterialDesignC.CALENDAR_SEARCH : MaterialDesignP.PENCIL, again);
            retry.setAccessibleText(ui.t(booking ? "outbox.again.booking.spoken" : "outbox.again.request.spoken", what, made));
            retry.setId(AGAIN_PREFIX + item.key());
            Button ok = ui.secondary(ui.t("outbox.dismiss.label"), MaterialDesignC.CHECK, dismiss);
            ok.setAccessibleText(ui.t("outbox.dismiss.spoken", what, made));
            ok.setId(DISMISS_PREFIX + item.key());
            card.getChildren().addAll(retry, ok);
        }
        return card;
    }
}
