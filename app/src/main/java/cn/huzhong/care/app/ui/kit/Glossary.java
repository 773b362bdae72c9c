package cn.huzhong.care.app.ui.kit;

import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;

import java.util.List;

/**
 * Official terms explained in plain words (政策找人, 包保联系人, 一人一策…): a "什么是…？" control next to where the term
 * is used opens a sheet with a short explanation. A screen reader reads the term with its explanation at once (the
 * explanation is the control's help), so nobody has to open it to understand. The terms and their explanations are
 * in the message bundles ({@code glossary.<term>.term}, {@code glossary.<term>.explain}) in both languages.
 */
public final class Glossary {
    /** Every term the app explains, by key. */
    public static final List<String> TERMS = List.of(
            "zhengcezhaoren", "baobao", "yirenyice", "wugeyi", "liangxiang", "chuanxi", "dibao", "gongshi");
    public static final String PREFIX = "glossary-";
    public static final String SHEET = "glossary-sheet";
    public static final String ID_CLOSE = "glossary-close";

    private Glossary() {
    }

    /** The control that explains {@code term} (one of {@link #TERMS}). */
    public static Button explain(Ui ui, String term) {
        if (!TERMS.contains(term)) {
            throw new IllegalArgumentException("no glossary entry " + term);
        }
        String name = ui.t("glossary." + term + ".term");
        String text = ui.t("glossary." + term + ".explain");
        Button b = Ui.button(ui.t("glossary.what", name), () -> ui.overlay().show(ui, new Overlay.Spec(SHEET, name,
                List.of(Ui.body(text)),
                List.of(new Overlay.Action(ID_CLOSE, ui.t("glossary.close"), Overlay.Tone.SAFE,
                        () -> ui.overlay().close(SHEET))),
                () -> ui.overlay().close(SHEET), true)));
        b.setId(PREFIX + term);
        b.setGraphic(ui.icon(MaterialDesignH.HELP_CIRCLE_OUTLINE));
        b.setContentDisplay(ContentDisplay.LEFT);
        b.getStyleClass().add(Styles.TERM);
        b.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        b.setAccessibleText(ui.t("glossary.spoken", name));
        b.setAccessibleHelp(text);
        return b;
    }
}
