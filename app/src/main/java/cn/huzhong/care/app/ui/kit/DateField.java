package cn.huzhong.care.app.ui.kit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.i18n.Formats;
import javafx.application.Platform;
import javafx.beans.property.StringProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * A date, chosen from a calendar instead of typed: the field shows the chosen day in words ("12月3日（周四）") and
 * opens a sheet with the month's days (weeks start on Monday, each day a target of at least 48 px, days outside
 * the allowed range disabled, arrow keys move by a day or a week). For keyboard users the sheet also takes a typed
 * date (2026-12-03, or 12月3日). The value lives in {@code iso} as {@code yyyy-MM-dd} (empty when none), so the view
 * model validates it as before.
 */
public final class DateField {
    public static final String SHEET = "date-sheet";
    public static final String ID_PREV = "date-sheet-prev";
    public static final String ID_NEXT = "date-sheet-next";
    public static final String ID_TYPED = "date-sheet-typed";
    public static final String ID_TYPED_USE = "date-sheet-typed-use";
    public static final String ID_TYPED_ERROR = "date-sheet-typed-error";
    public static final String ID_CANCEL = "date-sheet-cancel";
    public static final String DAY_PREFIX = "date-sheet-day-";

    private final Ui ui;
    private final String label;
    private final StringProperty iso;
    private final LocalDate min;
    private final LocalDate max;
    private final LocalDate today;
    private final Button field;
    private YearMonth month;
    private String typedError;
    private final TextField typed = new TextField();

    private DateField(Ui ui, String label, StringProperty iso, LocalDate min, LocalDate max, LocalDate today) {
        this.ui = ui;
        this.label = label;
        this.iso = iso;
        this.min = min;
        this.max = max;
        this.today = today;
        this.field = Ui.button("", this::open);
        field.getStyleClass().add(Styles.PICKER_FIELD);
        field.setGraphic(ui.icon(MaterialDesignC.CALENDAR_MONTH));
        field.setContentDisplay(ContentDisplay.RIGHT);
        field.setGraphicTextGap(ui.mode().fontPx());
        iso.addListener((o, a, b) -> refresh());
        refresh();
    }

    /**
     * @param id the field's id (its sheet's days are {@value #DAY_PREFIX}yyyy-MM-dd)
     */
    public static Picker create(Ui ui, String id, String label, StringProperty iso, LocalDate min, LocalDate max,
                                LocalDate today) {
        DateField d = new DateField(ui, label, iso, min, max, today);
        d.field.setId(id);
        Label l = Ui.text(label, Styles.FIELD_LABEL);
        l.setLabelFor(d.field);
        Label error = Ui.text("");
        error.setId(id + "-error");
        A11y.showError(d.field, error, null);
        VBox box = new VBox(l, d.field, error);
        box.setSpacing(ui.mode().fontPx() * 0.3);
        return new Picker(box, l, d.field, error, m -> A11y.showError(d.field, error, m));
    }

    private LocalDate value() {
        try {
            return iso.get() == null || iso.get().isBlank() ? null : LocalDate.parse(iso.get().strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private void refresh() {
        LocalDate v = value();
        String shown = v == null ? ui.t("picker.date.none") : Formats.dayShort(v, ui.messages().lang());
        field.setText(shown);
        field.setAccessibleText(ui.t("picker.date.spoken", label, shown));
    }

    private void open() {
        LocalDate v = value();
        month = YearMonth.from(v != null ? v : (min != null && min.isAfter(today) ? min : today));
        typedError = null;
        typed.setText("");
        show(null);
    }

    private void show(String focusId) {
        Overlay overlay = ui.overlay();
        overlay.show(ui, new Overlay.Spec(SHEET, label, List.of(calendar(), typedEntry()),
                List.of(new Overlay.Action(ID_CANCEL, ui.t("picker.cancel"), Overlay.Tone.SAFE, this::close)),
                this::close, true));
        if (focusId != null) {
            // at once (the day that had focus has just left the scene: the scene must not pick another), and once
            // more after the turn in which the scene tidies its focus
            // (the sheet's scroll pane holds the calendar only once it has its skin: CSS makes it now)
            overlay.layer().applyCss();
            Node now = overlay.layer().lookup("#" + focusId);
            if (now != null) {
                now.requestFocus();
            }
            Platform.runLater(() -> {
                Node n = overlay.layer().lookup("#" + focusId);
                if (n != null && !n.isFocused()) {
                    n.requestFocus();
                }
            });
        }
    }

    private void close() {
        ui.overlay().close(SHEET);
    }

    private void pick(LocalDate d) {
        iso.set(d.toString());
        close();
        A11y.announce(field, ui.t("picker.date.chosen", Formats.dayShort(d, ui.messages().lang())));
    }

    private boolean allowed(LocalDate d) {
        return (min == null || !d.isBefore(min)) && (max == null || !d.isAfter(max));
    }

    private Node calendar() {
        Locale locale = ui.messages().lang().locale();
        // the month between its arrows: ‹ 2026年12月 › (the arrows are named for screen readers and as tooltips)
        Button prev = ui.iconButton(MaterialDesignC.CHEVRON_LEFT, ui.t("picker.date.prev"), () -> {
            month = month.minusMonths(1);
            show(ID_PREV);
        });
        prev.setId(ID_PREV);
        prev.setDisable(min != null && !month.isAfter(YearMonth.from(min)));
        Button next = ui.iconButton(MaterialDesignC.CHEVRON_RIGHT, ui.t("picker.date.next"), () -> {
            month = month.plusMonths(1);
            show(ID_NEXT);
        });
        next.setId(ID_NEXT);
        next.setDisable(max != null && !month.isBefore(YearMonth.from(max)));
        Label heading = Ui.text(Formats.month(month, ui.messages().lang()), Styles.HEADING, A11y.SHORT_LABEL);
        heading.setAlignment(Pos.CENTER);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        HBox nav = new HBox(prev, heading, next);
        nav.setAlignment(Pos.CENTER);
        nav.getStyleClass().add("hz-calendar-nav");
        nav.setSpacing(ui.mode().fontPx() * 0.3);

        GridPane grid = new GridPane();
        grid.getStyleClass().add(Styles.CALENDAR);
        for (int c = 0; c < 7; c++) {
            ColumnConstraints cc = new ColumnConstraints();
            cc.setPercentWidth(100.0 / 7);
            cc.setHalignment(javafx.geometry.HPos.CENTER);
            grid.getColumnConstraints().add(cc);
            DayOfWeek dow = DayOfWeek.MONDAY.plus(c);
            Label h = new Label(dow.getDisplayName(TextStyle.NARROW, locale));
            h.getStyleClass().add(Styles.MUTED);
            A11y.decorative(h); // each day says its weekday itself
            grid.add(h, c, 0);
        }
        LocalDate first = month.atDay(1);
        int offset = first.getDayOfWeek().getValue() - 1;
        LocalDate chosen = value();
        for (int day = 1; day <= month.lengthOfMonth(); day++) {
            LocalDate d = month.atDay(day);
            Button b = new Button(Integer.toString(day));
            b.setId(DAY_PREFIX + d);
            b.setMnemonicParsing(false);
            b.getStyleClass().add(Styles.CALENDAR_DAY);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setMinWidth(Region.USE_PREF_SIZE);
            String spoken = Formats.dayShort(d, ui.messages().lang());
            if (d.equals(today)) {
                b.getStyleClass().add(Styles.CALENDAR_TODAY);
                spoken = ui.t("picker.date.today", spoken);
            }
            if (d.equals(chosen)) {
                b.getStyleClass().add(Styles.CALENDAR_CHOSEN);
                spoken = ui.t("picker.date.chosenDay", spoken);
            }
            b.setAccessibleText(spoken);
            b.setDisable(!allowed(d));
            b.setOnAction(e -> pick(d));
            // a filter, not a handler: the button's own behaviour would otherwise move focus by the arrow first
            b.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
                int step = switch (e.getCode()) {
                    case LEFT -> -1;
                    case RIGHT -> 1;
                    case UP -> -7;
                    case DOWN -> 7;
                    default -> 0;
                };
                if (step != 0) {
                    e.consume();
                    LocalDate to = d.plusDays(step);
                    if (!YearMonth.from(to).equals(month)) {
                        month = YearMonth.from(to);
                        show(DAY_PREFIX + to);
                    } else {
                        Node n = grid.lookup("#" + DAY_PREFIX + to);
                        if (n != null) {
                            n.requestFocus();
                        }
                    }
                }
            });
            int cell = offset + day - 1;
            grid.add(b, cell % 7, 1 + cell / 7);
        }
        VBox box = new VBox(nav, grid);
        box.setSpacing(ui.mode().fontPx() * 0.5);
        return box;
    }

    /** The typed alternative: a text field that takes 2026-12-03 or 12月3日, with its error under it. */
    private Node typedEntry() {
        Label l = Ui.text(ui.t("picker.date.typed.label"), Styles.FIELD_LABEL);
        typed.setId(ID_TYPED);
        A11y.labelled(l, typed);
        typed.setMaxWidth(Double.MAX_VALUE);
        Label hint = Ui.muted(ui.t("picker.date.typed.hint", month.atDay(Math.min(3, month.lengthOfMonth())).toString()));
        Label error = Ui.text("");
        error.setId(ID_TYPED_ERROR);
        A11y.showError(typed, error, typedError);
        Button use = ui.secondary(ui.t("picker.date.typed.use"), MaterialDesignC.CHECK, this::useTyped);
        use.setId(ID_TYPED_USE);
        typed.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                e.consume();
                useTyped();
            }
        });
        VBox box = new VBox(l, hint, typed, error, use);
        box.setSpacing(ui.mode().fontPx() * 0.3);
        box.getStyleClass().add(Styles.PICKER_TYPED);
        return box;
    }

    private void useTyped() {
        LocalDate d = parseTyped(typed.getText(), today);
        if (d == null) {
            typedError = ui.t("picker.date.typed.invalid");
        } else if (!allowed(d)) {
            typedError = ui.t("picker.date.typed.outOfRange", Formats.dayShort(min, ui.messages().lang()),
                    Formats.dayShort(max, ui.messages().lang()));
        } else {
            pick(d);
            return;
        }
        String text = typed.getText();
        show(ID_TYPED);
        typed.setText(text);
    }

    /**
     * Reads a typed date: {@code 2026-12-03}, {@code 2026/12/3}, {@code 2026年12月3日}, or a day of the year without
     * the year ({@code 12月3日}, {@code 12-3}), which means its next occurrence from {@code today}. Null when unreadable.
     */
    static LocalDate parseTyped(String text, LocalDate today) {
        if (text == null) {
            return null;
        }
        String t = text.strip().replace('年', '-').replace('月', '-').replace("日", "").replace('/', '-')
                .replace('.', '-').replace('－', '-');
        String[] parts = t.split("-");
        try {
            if (parts.length == 3) {
                return LocalDate.of(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()),
                        Integer.parseInt(parts[2].strip()));
            }
            if (parts.length == 2) {
                LocalDate d = LocalDate.of(today.getYear(), Integer.parseInt(parts[0].strip()),
                        Integer.parseInt(parts[1].strip()));
                return d.isBefore(today) ? d.plusYears(1) : d;
            }
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
        return null;
    }
}
