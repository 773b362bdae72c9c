package cn.huzhong.care.app.shell;

import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

import java.util.ArrayList;
import java.util.List;

/**
 * How every screen renders the faces of a read ({@link ReadState}, {@link Freshness}, {@link LoadMore}): exactly as
 * the view model gave them, deciding nothing. Built from the {@code ui} kit; a candidate to move into it.
 */
public final class ReadViews {
    /** The id of a list's "load more" action, of its progress and of its error; one list per screen has it. */
    public static final String ID_MORE = "list-more";
    public static final String ID_MORE_PROGRESS = "list-more-progress";
    public static final String ID_MORE_ERROR = "list-more-error";
    /** The id of the freshness note. */
    public static final String ID_FRESHNESS = "read-freshness";
    /** Style class of the freshness note while the device's copy is being updated. */
    public static final String UPDATING = "hz-updating";

    private ReadViews() {
    }

    /** Progress with what is loading, and the slow-network note under it once there is one. */
    public static Node progress(Ui ui, String what, String slowNote) {
        VBox box = ui.progress(what);
        if (slowNote != null) {
            box.getChildren().add(ui.status(slowNote, Styles.Tone.INFO));
        }
        return box;
    }

    /** The note about how fresh the data is, if any, and the reload action when it is offered. */
    public static List<Node> freshness(Ui ui, Freshness f, Runnable reload) {
        List<Node> out = new ArrayList<>();
        Label note = note(ui, f);
        if (note != null) {
            out.add(note);
        }
        if (f.offerReload() && reload != null) {
            out.add(ui.secondary(ui.t("common.reload.label"), MaterialDesignR.REFRESH, reload));
        }
        return out;
    }

    /** The note alone (screens whose own action reloads), or null when the data is fresh. */
    public static Label note(Ui ui, Freshness f) {
        if (f.note() == null) {
            return null;
        }
        Label l = ui.status(f.note(), f.state() == Freshness.State.UPDATING ? Styles.Tone.INFO : Styles.Tone.WARN);
        l.setId(ID_FRESHNESS);
        if (f.state() == Freshness.State.UPDATING) {
            l.getStyleClass().add(UPDATING);
        }
        return l;
    }

    /**
     * The end of a paged list: nothing at its end; the "load more" action (after the last try's error, if it
     * failed); progress while the next page comes. {@code what} names the list for the spoken label.
     */
    public static Node loadMore(Ui ui, LoadMore more, String what, Runnable action) {
        if (more.state() == LoadMore.State.END) {
            return null;
        }
        if (more.state() == LoadMore.State.LOADING) {
            Node p = ui.progress(ui.t("common.more.progress"));
            p.setId(ID_MORE_PROGRESS);
            return p;
        }
        VBox box = Ui.section();
        if (more.error() != null) {
            Label error = ui.status(more.error(), Styles.Tone.ERROR);
            error.setId(ID_MORE_ERROR);
            box.getChildren().add(error);
        }
        Button b = ui.secondary(ui.t("common.more.label"), MaterialDesignC.CHEVRON_DOWN, action);
        b.setAccessibleText(ui.t("common.more.spoken", what));
        b.setId(ID_MORE);
        box.getChildren().add(b);
        return box;
    }
}
