package cn.huzhong.care.app.feature.volunteer;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.app.ui.kit.Picker;
import cn.huzhong.care.core.api.OpenTaskDto;
import cn.huzhong.care.core.domain.HelpKind;
import cn.huzhong.care.core.domain.Town;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A volunteer's home, top to bottom: their hours, how many tasks wait, what the list is narrowed to (the filters open
 * in place: town, kind, day), and the open tasks, each one row read as one sentence. A volunteer not verified yet sees
 * that they are waiting instead.
 */
public final class OpenTasksView extends StateScreen<OpenTasksUiState> {
    public static final String ID_COUNT = "volunteer-open-count";
    public static final String ID_HOURS = "volunteer-open-hours";
    public static final String ID_PENDING = "volunteer-pending";
    public static final String ID_FILTERS = "volunteer-filters";
    public static final String ID_FILTER_TEXT = "volunteer-filter-text";
    public static final String ID_FILTERS_DONE = "volunteer-filters-done";
    public static final String ID_TOWN = "volunteer-filter-town";
    public static final String ID_KIND = "volunteer-filter-kind";
    public static final String ID_DATE = "volunteer-filter-date";
    public static final String ID_ANY_DAY = "volunteer-filter-any-day";
    public static final String ROW_PREFIX = "volunteer-open-";

    private final OpenTasksViewModel vm;

    public OpenTasksView(OpenTasksViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(OpenTasksUiState s) {
        root.getChildren().clear();
        if (s instanceof OpenTasksUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("volunteer.open.progress"), l.slowNote()));
        } else if (s instanceof OpenTasksUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof OpenTasksUiState.Pending p) {
            root.getChildren().addAll(ReadViews.freshness(ui, p.freshness(), vm::load));
            Label status = ui.status(p.me().statusName(), Styles.Tone.WARN);
            VBox card = Ui.card(Ui.title(ui.t("volunteer.pending.title", p.me().name())), status, Ui.body(p.text()));
            card.setId(ID_PENDING);
            root.getChildren().add(card);
        } else if (s instanceof OpenTasksUiState.Content c) {
            content(c);
        }
    }

    private void content(OpenTasksUiState.Content c) {
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        Label count = Ui.heading(c.count());
        count.setId(ID_COUNT);
        root.getChildren().add(count);
        // what the list shows, as one row that opens (or closes) the filters in place under it
        String shown = ui.t("volunteer.filter.button", c.filterText());
        Label what = Ui.muted(shown);
        what.setId(ID_FILTER_TEXT);
        Button filters = ui.row(ui.t("volunteer.filter.spoken",
                        ui.t(c.filtersOpen() ? "volunteer.filter.close" : "volunteer.filter.open"), shown),
                MaterialDesignF.FILTER_VARIANT, c.filtersOpen() ? vm::closeFilters : vm::openFilters,
                Ui.body(ui.t(c.filtersOpen() ? "volunteer.filter.close" : "volunteer.filter.open")), what);
        filters.setId(ID_FILTERS);
        root.getChildren().add(filters);
        if (c.filtersOpen()) {
            root.getChildren().add(filters(c));
        }
        for (OpenTaskDto t : c.tasks()) {
            Button row = ui.row(TaskTexts.spoken(ui.messages(), t), () -> vm.open(t.id()), Ui.heading(t.kindName()),
                    Ui.body(TaskTexts.day(ui.messages(), t.windowStart())),
                    Ui.body(TaskTexts.times(ui.messages(), t.windowStart(), t.windowEnd())), Ui.body(t.townName()),
                    Ui.muted(t.needed()));
            row.setId(ROW_PREFIX + t.id());
            root.getChildren().add(row);
        }
        // their hours, after the list (the second place, "my tasks", shows them first)
        Label hours = ui.status(c.hours(), Styles.Tone.INFO);
        hours.setId(ID_HOURS);
        hours.setGraphic(ui.icon(MaterialDesignH.HAND_HEART));
        root.getChildren().add(hours);
    }

    private Node filters(OpenTasksUiState.Content c) {
        VBox box = Ui.card();
        List<Optional<Town>> towns = new ArrayList<>();
        towns.add(Optional.empty());
        c.me().towns().forEach(t -> towns.add(Optional.of(t)));
        Optional<Town> town = Optional.ofNullable(c.filter().town());
        if (towns.size() <= 4) {
            Picker p = ui.segmented(ID_TOWN, ui.t("volunteer.filter.town"), towns, this::townName, town,
                    t -> vm.town(t.orElse(null)));
            box.getChildren().add(p.box());
        } else {
            box.getChildren().add(ui.choice(ui.t("volunteer.filter.town"), towns, this::townName, town,
                    t -> vm.town(t.orElse(null))).box());
        }
        List<Optional<HelpKind>> kinds = new ArrayList<>();
        kinds.add(Optional.empty());
        c.me().kinds().forEach(k -> kinds.add(Optional.of(k)));
        Optional<HelpKind> kind = Optional.ofNullable(c.filter().kind());
        if (kinds.size() <= 4) {
            box.getChildren().add(ui.segmented(ID_KIND, ui.t("volunteer.filter.kind"), kinds, this::kindName, kind,
                    k -> vm.kind(k.orElse(null))).box());
        } else {
            Ui.Choice<Optional<HelpKind>> choice = ui.choice(ui.t("volunteer.filter.kind"), kinds, this::kindName, kind,
                    k -> vm.kind(k.orElse(null)));
            for (int i = 0; i < choice.options().size(); i++) {
                choice.options().get(i).setId(ID_KIND + "-" + i);
            }
            box.getChildren().add(choice.box());
        }
        StringProperty iso = new SimpleStringProperty(c.filter().date() == null ? "" : c.filter().date().toString());
        Picker date = ui.date(ID_DATE, ui.t("volunteer.filter.date"), iso, ui.today(), ui.today().plusDays(60));
        iso.addListener((o, was, now) -> vm.date(now == null || now.isBlank() ? null : LocalDate.parse(now)));
        box.getChildren().add(date.box());
        if (c.filter().date() != null) {
            Button any = ui.secondary(ui.t("volunteer.filter.anyDayButton"), MaterialDesignC.CALENDAR_REMOVE,
                    () -> vm.date(null));
            any.setId(ID_ANY_DAY);
            box.getChildren().add(any);
        }
        Button done = ui.secondary(ui.t("volunteer.filter.done"), MaterialDesignC.CHECK, vm::closeFilters);
        done.setId(ID_FILTERS_DONE);
        box.getChildren().add(done);
        return box;
    }

    private String townName(Optional<Town> t) {
        return t.map(x -> x.displayName(ui.messages().lang())).orElse(ui.t("volunteer.filter.allTowns"));
    }

    private String kindName(Optional<HelpKind> k) {
        return k.map(x -> ui.messages().core("helpKind." + x)).orElse(ui.t("volunteer.filter.allKinds"));
    }

    @Override
    public String title() {
        return ui.t("volunteer.open.title");
    }
}
