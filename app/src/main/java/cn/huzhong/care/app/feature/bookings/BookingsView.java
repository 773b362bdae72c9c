package cn.huzhong.care.app.feature.bookings;

import cn.huzhong.care.app.data.OutboxItem;
import cn.huzhong.care.app.shell.OutboxListUiState;
import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.OutboxCards;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.BookingDto;
import cn.huzhong.care.core.domain.ServiceKind;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

import java.util.List;

/**
 * "My bookings": those made on this phone that wait to be sent or were refused, upcoming bookings, then booking
 * rehabilitation or a device fitting (two large actions), then past or cancelled bookings; each booking a row
 * that opens it.
 */
public final class BookingsView extends StateScreen<OutboxListUiState<BookingLists>> {
    public static final String ID_BOOK_REHAB = "bookings-book-rehabilitation";
    public static final String ID_BOOK_FITTING = "bookings-book-fitting";
    public static final String ID_OUTBOX = "bookings-outbox";
    public static final String ID_UPCOMING = "bookings-upcoming";
    public static final String ROW_PREFIX = "booking-row-";

    private final BookingsViewModel vm;

    public BookingsView(BookingsViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(OutboxListUiState<BookingLists> s) {
        root.getChildren().clear();
        outbox(s.outbox());
        VBox book = Ui.section(Ui.heading(ui.t("bookings.new.heading")),
                bookButton(ServiceKind.REHABILITATION, MaterialDesignH.HUMAN_CANE, ID_BOOK_REHAB),
                bookButton(ServiceKind.DEVICE_FITTING, MaterialDesignW.WHEELCHAIR_ACCESSIBILITY, ID_BOOK_FITTING));
        if (s instanceof OutboxListUiState.Loading<BookingLists> l) {
            root.getChildren().addAll(ReadViews.progress(ui, ui.t("bookings.progress.text"), l.slowNote()), book);
        } else if (s instanceof OutboxListUiState.Failed<BookingLists> f) {
            root.getChildren().addAll(ui.failure(f.message(), vm::load), book);
        } else if (s instanceof OutboxListUiState.Content<BookingLists> c) {
            root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
            VBox upcoming = list(ui.t("bookings.upcoming.heading"), c.data().upcoming(), ui.t("bookings.upcoming.none"));
            upcoming.setId(ID_UPCOMING);
            VBox past = list(ui.t("bookings.past.heading"), c.data().past(), ui.t("bookings.past.none"));
            Node more = ReadViews.loadMore(ui, c.more(), ui.t("bookings.past.heading"), vm::loadMore);
            if (more != null) {
                past.getChildren().add(more);
            }
            root.getChildren().addAll(upcoming, book, past);
        }
    }

    private Button bookButton(ServiceKind service, Ikon icon, String id) {
        String key = service == ServiceKind.REHABILITATION ? "bookings.book.rehabilitation" : "bookings.book.fitting";
        String text = ui.t(key);
        String sub = ui.t(key + ".sub");
        Button b = new Button(text + "\n" + sub);
        b.setWrapText(true);
        b.setMnemonicParsing(false);
        b.setGraphic(ui.bigIcon(icon));
        b.setAccessibleText(ui.t("home.tile.spoken", text, sub));
        b.getStyleClass().add(A11y.TILE);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinHeight(Region.USE_PREF_SIZE);
        b.setOnAction(e -> vm.book(service));
        b.setId(id);
        return b;
    }

    private void outbox(List<OutboxItem> items) {
        if (items.isEmpty()) {
            return;
        }
        VBox box = Ui.section(Ui.heading(ui.t("bookings.outbox.heading")));
        box.setId(ID_OUTBOX);
        for (OutboxItem item : items) {
            box.getChildren().add(OutboxCards.card(ui, item, vm::sendNow, () -> vm.chooseAgain(item), () -> vm.dismiss(item)));
        }
        root.getChildren().add(box);
    }

    private VBox list(String heading, List<BookingLists.Row> items, String none) {
        VBox box = Ui.section(Ui.heading(heading));
        if (items.isEmpty()) {
            box.getChildren().add(Ui.body(none));
        }
        for (BookingLists.Row b : items) {
            box.getChildren().add(row(b));
        }
        return box;
    }

    private Node row(BookingLists.Row r) {
        BookingDto b = r.booking();
        Label st = ui.status(r.status(), r.tone());
        Button row = ui.row(r.spoken(), () -> vm.open(b.id()), Ui.heading(b.serviceName()), Ui.body(b.whenText()),
                Ui.muted(b.provider().name()), st);
        row.setId(ROW_PREFIX + b.id());
        return row;
    }


    @Override
    public String title() {
        return ui.t("bookings.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
