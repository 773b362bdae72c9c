package cn.huzhong.care.app.feature.subsidies;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.PaymentDto;
import cn.huzhong.care.core.api.SubsidyDetail;
import cn.huzhong.care.core.api.SubsidySummary;
import cn.huzhong.care.core.domain.Money;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

import java.util.List;

/**
 * One subsidy: status in words, what happens next and by when, the amount and next review, the step timeline
 * (each step with its state in words), and the payment history as a chart (with its text alternative) and a
 * list.
 */
public final class SubsidyDetailView extends StateScreen<SubsidyDetailUiState> {
    public static final String ID_STATUS = "subsidy-status";
    public static final String ID_CHART = "subsidy-chart";
    public static final String ID_PAYMENTS = "subsidy-payments";
    public static final String ID_TIMELINE = "subsidy-timeline";

    private final SubsidyDetailViewModel vm;

    public SubsidyDetailView(SubsidyDetailViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(SubsidyDetailUiState s) {
        root.getChildren().clear();
        if (s instanceof SubsidyDetailUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("subsidy.progress.text"), l.slowNote()));
        } else if (s instanceof SubsidyDetailUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof SubsidyDetailUiState.Content c) {
            content(c);
        }
    }

    private void content(SubsidyDetailUiState.Content c) {
        SubsidyDetail d = c.detail();
        SubsidySummary sum = d.summary();
        root.getChildren().addAll(ReadViews.freshness(ui, c.freshness(), vm::load));
        Label status = ui.status(c.status(), c.tone());
        status.setId(ID_STATUS);
        VBox summary = Ui.card(Ui.title(sum.name()), status, Ui.body(sum.statusText()));
        if (sum.nextText() != null && !sum.nextText().isBlank()) {
            summary.getChildren().add(ui.fact(ui.t("subsidy.next.label"), sum.nextText()));
        }
        if (d.reason() != null && !d.reason().isBlank()) {
            summary.getChildren().add(ui.fact(ui.t("subsidy.reason.label"), d.reason()));
        }
        summary.getChildren().add(ui.fact(ui.t("subsidy.amount.label"), sum.amountText()));
        if (sum.submittedOn() != null) {
            summary.getChildren().add(ui.fact(ui.t("subsidy.submitted.label"), ui.messages().date(sum.submittedOn())));
        }
        if (d.nextPaymentBy() != null && (sum.nextText() == null || sum.nextText().isBlank())) {
            summary.getChildren().add(ui.fact(ui.t("subsidy.nextPayment.label"), ui.messages().date(d.nextPaymentBy())));
        }
        if (d.nextReviewOn() != null) {
            summary.getChildren().add(ui.fact(ui.t("subsidy.nextReview.label"), ui.messages().date(d.nextReviewOn())));
        }
        root.getChildren().addAll(summary, timeline(c.timeline()), payments(d, c.chartSummary()));
    }

    private Node timeline(List<SubsidyDetailUiState.Step> steps) {
        VBox box = Ui.section(Ui.heading(ui.t("subsidy.timeline.heading")));
        box.setId(ID_TIMELINE);
        for (SubsidyDetailUiState.Step step : steps) {
            var e = step.entry();
            Ikon icon = switch (step.mark()) {
                case DONE -> MaterialDesignC.CHECK_CIRCLE;
                case CURRENT -> MaterialDesignP.PROGRESS_CLOCK;
                case REJECTED -> MaterialDesignC.CLOSE_CIRCLE;
                case SUSPENDED -> MaterialDesignP.PAUSE_CIRCLE;
                case PENDING -> MaterialDesignC.CIRCLE_OUTLINE;
            };
            Label head = Ui.heading(step.heading());
            Label st = ui.status(step.state(), step.tone());
            st.setGraphic(ui.icon(icon));
            VBox item = Ui.card(head, st);
            if (step.when() != null) {
                item.getChildren().add(Ui.body(step.when()));
            }
            if (e.by() != null && !e.by().isBlank()) {
                item.getChildren().add(Ui.muted(ui.t("subsidy.timeline.by", e.by())));
            }
            if (e.note() != null && !e.note().isBlank()) {
                item.getChildren().add(Ui.body(e.note()));
            }
            box.getChildren().add(item);
        }
        return box;
    }

    private Node payments(SubsidyDetail d, String chartSummary) {
        VBox box = Ui.section(Ui.heading(ui.t("subsidy.payments.heading")));
        List<PaymentDto> payments = d.payments() == null ? List.of() : d.payments();
        if (payments.isEmpty()) {
            box.getChildren().add(Ui.body(ui.t("subsidy.payments.none")));
            return box;
        }
        box.getChildren().add(Ui.body(ui.t("subsidy.payments.total", Money.format(d.totalPaidFen(), ui.messages().lang()),
                payments.size())));
        box.getChildren().add(chart(d, chartSummary));
        VBox list = new VBox();
        list.setId(ID_PAYMENTS);
        list.setSpacing(ui.mode().fontPx() * 0.3);
        for (PaymentDto p : payments) {
            String amount = Money.format(p.amountFen(), ui.messages().lang());
            Label l = Ui.body(ui.t("subsidy.payments.row", vm.month(p.period()), amount,
                    p.paidOn() == null ? "" : ui.messages().date(p.paidOn())));
            list.getChildren().add(l);
        }
        box.getChildren().addAll(Ui.heading(ui.t("subsidy.payments.listHeading")), list);
        return box;
    }

    /**
     * A column chart of the recent payments. It is an image to screen readers, described by the sentence under
     * it (its text alternative), which is also shown on screen; the exact figures are in the list below.
     */
    private Node chart(SubsidyDetail d, String summary) {
        List<PaymentDto> shown = SubsidyDetailViewModel.chartPayments(d);
        long max = shown.stream().mapToLong(PaymentDto::amountFen).max().orElse(1);
        double height = ui.mode().fontPx() * 6;
        HBox bars = new HBox();
        bars.getStyleClass().add(Styles.CHART);
        bars.setAlignment(Pos.BOTTOM_LEFT);
        bars.setMinHeight(height);
        bars.setPrefHeight(height);
        for (PaymentDto p : shown) {
            Region bar = new Region();
            bar.getStyleClass().add(Styles.CHART_BAR);
            double h = max <= 0 ? 0 : height * p.amountFen() / max;
            bar.setMinHeight(h);
            bar.setPrefHeight(h);
            bar.setMaxHeight(h);
            bar.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(bar, Priority.ALWAYS);
            A11y.decorative(bar);
            bars.getChildren().add(bar);
        }
        Label caption = Ui.muted(summary);
        VBox chart = new VBox(bars, caption);
        chart.setSpacing(ui.mode().fontPx() * 0.3);
        chart.setId(ID_CHART);
        chart.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
        chart.setAccessibleText(summary);
        return chart;
    }


    @Override
    public String title() {
        return ui.t("subsidy.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
