package cn.huzhong.care.app.feature.certificate;

import cn.huzhong.care.app.shell.ReadViews;
import cn.huzhong.care.app.shell.StateScreen;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.api.CertificateDto;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/** The electronic certificate: name, number (masked until asked), category and level in words, dates, town. */
public final class CertificateView extends StateScreen<CertificateUiState> {
    public static final String ID_NUMBER = "certificate-number";
    public static final String ID_TOGGLE = "certificate-toggle";
    public static final String ID_REVEAL_ERROR = "certificate-reveal-error";

    private final CertificateViewModel vm;

    public CertificateView(CertificateViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        start(vm::load);
    }

    @Override
    protected void render(CertificateUiState s) {
        Node focused = root.getScene() == null ? null : root.getScene().getFocusOwner();
        boolean toggleHadFocus = focused != null && ID_TOGGLE.equals(focused.getId());
        boolean wasRevealed = shownRevealed;
        root.getChildren().clear();
        if (s instanceof CertificateUiState.Loading l) {
            root.getChildren().add(ReadViews.progress(ui, ui.t("certificate.progress.text"), l.slowNote()));
        } else if (s instanceof CertificateUiState.Failed f) {
            root.getChildren().add(ui.failure(f.message(), vm::load));
        } else if (s instanceof CertificateUiState.Content c) {
            content(c);
            shownRevealed = c.revealed();
            Node number = root.lookup("#" + ID_NUMBER);
            if (c.revealed() && !wasRevealed && number != null) {
                // the full number is what the tap produced: take the reader (and the scroll) to it
                Ui.result(number, ui.t("certificate.revealed.spoken", Ui.digits(c.certificate().number())));
            } else if (c.revealError() != null) {
                Ui.result(root.lookup("#" + ID_REVEAL_ERROR), c.revealError());
            } else if (toggleHadFocus) {
                root.lookupAll("#" + ID_TOGGLE).forEach(Node::requestFocus);
            }
        }
    }

    private boolean shownRevealed;

    private void content(CertificateUiState.Content c) {
        CertificateDto cert = c.certificate();
        Label cachedNote = ReadViews.note(ui, c.freshness());
        if (cachedNote != null) {
            root.getChildren().add(cachedNote);
        }
        VBox card = Ui.card(Ui.heading(ui.t("certificate.card.heading")), ui.fact(ui.t("certificate.name.label"), cert.holderName()));
        // in its parts (area, birth date, sequence and check, category and level): it can wrap between them
        VBox number = ui.fact(ui.t(c.revealed() ? "certificate.number.label.full" : "certificate.number.label.masked"),
                groups(cert.number()));
        Label value = (Label) number.getChildren().get(1);
        value.setId(ID_NUMBER);
        value.getStyleClass().add(Styles.NUMBER);
        value.setAccessibleText(c.revealed() ? Ui.digits(cert.number()) : ui.t("certificate.number.spokenMasked", cert.number().replace("*", "")));
        card.getChildren().add(number);
        card.getChildren().addAll(
                ui.fact(ui.t("certificate.category.label"), cert.category().name()),
                ui.fact(ui.t("certificate.level.label"), cert.level().name()),
                ui.fact(ui.t("certificate.town.label"), cert.townName()),
                ui.fact(ui.t("certificate.issued.label"), ui.messages().date(cert.issuedOn())),
                ui.fact(ui.t("certificate.expires.label"), cert.expiresOn() == null ? ui.t("certificate.expires.none")
                        : ui.messages().date(cert.expiresOn())));
        if (c.revealed() && cert.birthDate() != null) {
            card.getChildren().add(ui.fact(ui.t("certificate.birth.label"), ui.messages().date(cert.birthDate())));
        }
        root.getChildren().add(card);
        if (c.revealing()) {
            root.getChildren().add(ui.progress(ui.t("certificate.reveal.progress")));
        }
        if (c.revealError() != null) {
            Label error = ui.status(c.revealError(), Styles.Tone.ERROR);
            error.setId(ID_REVEAL_ERROR);
            root.getChildren().add(error);
        }
        Button toggle = c.revealed()
                ? ui.secondary(ui.t("certificate.hide.label"), MaterialDesignE.EYE_OFF, vm::hide)
                : ui.secondary(ui.t("certificate.reveal.label"), MaterialDesignE.EYE, vm::reveal);
        toggle.setId(ID_TOGGLE);
        toggle.setDisable(c.revealing());
        root.getChildren().addAll(toggle, Ui.muted(ui.t("certificate.reveal.note")));
    }

    /** "232764 19580312 0215 41": a certificate number (full or masked) in its parts; anything else as it is. */
    static String groups(String number) {
        if (number == null || number.length() != 20) {
            return number;
        }
        return number.substring(0, 6) + " " + number.substring(6, 14) + " " + number.substring(14, 18) + " "
                + number.substring(18);
    }

    @Override
    public String title() {
        return ui.t("certificate.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
