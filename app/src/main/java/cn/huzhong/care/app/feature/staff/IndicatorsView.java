package cn.huzhong.care.app.feature.staff;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The plan's indicators: for each town (and the district) a bar chart, one bar per indicator with its figure and
 * its target marked (a line across the bar), and under it the same facts in words, one sentence per indicator.
 * The chart is one image to a screen reader, named by its summary; the sentences are the text alternative that
 * carries every figure. Bars are the kit's chart colour, the track's outline the border colour and the target line
 * the text colour: each at least 3:1 against the page in every mode.
 */
public final class IndicatorsView extends StateScreen<IndicatorsUiState> {
    public static final String ID_AS_OF = "indicators-as-of";
    public static final String ID_TOWN = "indicators-town";
    public static final String CHART_PREFIX = "indicators-chart-";
    public static final String WORDS_PREFIX = "indicators-words-";
    public static final String BAR_PREFIX = "indicators-bar-";
    /** Style class of a bar's fill, its track and the target line (tests measure their contrast). */
    public static final String FILL = "hz-indicator-fill";
    public static final String TRACK = "hz-indicator-track";
    public static final String TARGET = "hz-indicator-target";

    private final IndicatorsViewModel vm;

    public IndicatorsView(IndicatorsViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(IndicatorsUiState s) {
        root.getChildren().clear();
        if (s instanceof IndicatorsUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("indicators.progress"), l.slowNote()));
        } else if (s instanceof IndicatorsUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof IndicatorsUiState.Content c) {
            Label asOf = Ui.body(c.asOf());
            asOf.setId(ID_AS_OF);
            root.getChildren().add(asOf);
            root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
            if (c.district()) {
                Ui.Choice<String> town = ui.choice(ui.t("staff.town.label"), StaffTowns.options(),
                        code -> StaffTowns.name(code, ui.messages()), StaffTowns.code(c.town()), vm::chooseTown);
                town.group().setId(ID_TOWN);
                for (int i = 0; i < town.options().size(); i++) {
                    town.options().get(i).setId(ID_TOWN + "-" + (town.values().get(i).isEmpty() ? "all"
                            : town.values().get(i).toLowerCase(java.util.Locale.ROOT)));
                }
                root.getChildren().add(town.box());
            }
            root.getChildren().add(Ui.muted(ui.t("indicators.legend")));
            int n = 0;
            for (IndicatorsUiState.Scope scope : c.scopes()) {
                root.getChildren().add(scope(scope, n++));
            }
        }
    }

    private Node scope(IndicatorsUiState.Scope scope, int n) {
        VBox chart = new VBox();
        chart.setSpacing(ui.mode().fontPx() * 0.5);
        chart.setId(CHART_PREFIX + n);
        for (IndicatorsUiState.Bar b : scope.bars()) {
            chart.getChildren().add(bar(b, n));
        }
        // one image to a screen reader, named by its summary; every figure is in the sentences under it
        chart.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        chart.setAccessibleText(scope.chartSummary());
        VBox words = new VBox();
        words.setId(WORDS_PREFIX + n);
        words.setSpacing(ui.mode().fontPx() * 0.4);
        for (IndicatorsUiState.Bar b : scope.bars()) {
            Label sentence = b.met() == null ? Ui.body(b.sentence())
                    : ui.status(b.sentence(), b.met() ? Styles.Tone.OK : Styles.Tone.WARN);
            words.getChildren().add(sentence);
        }
        return Ui.section(Ui.heading(scope.name()), chart, Ui.heading(ui.t("indicators.words.heading")), words);
    }

    /** A bar: the indicator's name and figure above a track the fill grows in, with the target as a line. */
    private Node bar(IndicatorsUiState.Bar b, int scope) {
        double h = ui.mode().fontPx() * 1.2;
        Region fill = new Region();
        fill.getStyleClass().add(FILL);
        fill.setStyle("-fx-background-color: -hz-chart-bar;");
        fill.setMinHeight(h);
        fill.setPrefHeight(h);
        StackPane track = new StackPane(fill);
        track.getStyleClass().add(TRACK);
        track.setStyle("-fx-background-color: -hz-bg; -fx-border-color: -hz-border; -fx-border-width: 1px;");
        track.setAlignment(Pos.CENTER_LEFT);
        track.setMinHeight(h + 2);
        track.setMaxWidth(Double.MAX_VALUE);
        fill.maxWidthProperty().bind(track.widthProperty().subtract(2).multiply(b.share()));
        fill.prefWidthProperty().bind(fill.maxWidthProperty());
        if (b.target() != null) {
            Region line = new Region();
            line.getStyleClass().add(TARGET);
            line.setStyle("-fx-background-color: -hz-fg;");
            double w = Math.max(3, ui.mode().fontPx() * 0.18);
            line.setMinWidth(w);
            line.setMaxWidth(w);
            line.setMinHeight(h + 2);
            line.setManaged(true);
            StackPane.setAlignment(line, Pos.CENTER_LEFT);
            line.translateXProperty().bind(track.widthProperty().subtract(w).multiply(b.target()));
            track.getChildren().add(line);
            A11y.decorative(line);
        }
        A11y.decorative(fill);
        A11y.decorative(track);
        Label name = Ui.body(ui.t("indicators.bar.label", b.name(), b.value()));
        VBox box = new VBox(name, track);
        box.setSpacing(ui.mode().fontPx() * 0.2);
        box.setId(BAR_PREFIX + scope + "-" + b.code());
        return box;
    }

    @Override
    public String title() {
        return ui.t("indicators.title");
    }
}
