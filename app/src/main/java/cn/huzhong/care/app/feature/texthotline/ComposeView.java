package cn.huzhong.care.app.feature.texthotline;

import cn.huzhong.care.app.shell.StateScreen;
import java.util.List;
import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.Styles;
import cn.huzhong.care.app.ui.Ui;
import cn.huzhong.care.core.domain.HotlineTopic;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

import java.util.Arrays;

/** Writing to the 12385 desk: the topic as a list, the message, when the desk answers, and "send". */
public final class ComposeView extends StateScreen<ComposeUiState> {
    public static final String TOPIC_PREFIX = "hotline-topic-";
    public static final String ID_TOPIC = "hotline-topic";
    public static final String ID_MESSAGE = "hotline-message";
    public static final String ID_FORM_MESSAGE = "hotline-form-message";
    public static final String ID_SEND = "hotline-send";

    private final ComposeViewModel vm;
    private final Ui.Choice<HotlineTopic> topics;
    private final Ui.Field<TextArea> message;
    private final VBox status = Ui.slot();
    private final Button send;

    public ComposeView(ComposeViewModel vm, Ui ui) {
        super(vm, ui);
        this.vm = vm;
        topics = ui.choice(ui.t("texthotline.topic.label"), Arrays.asList(HotlineTopic.values()),
                t -> ui.messages().core("hotlineTopic." + t), vm.topicProperty().get(), vm.topicProperty()::set);
        for (int i = 0; i < topics.options().size(); i++) {
            topics.options().get(i).setId(TOPIC_PREFIX + topics.values().get(i).name());
        }
        topics.group().setId(ID_TOPIC);
        TextArea area = ui.textArea(5);
        area.setId(ID_MESSAGE);
        area.textProperty().bindBidirectional(vm.messageProperty());
        message = ui.field(ui.t("texthotline.message.label"), area);
        Label hint = Ui.muted(ui.t("texthotline.message.hint", ComposeViewModel.MESSAGE_MAX));
        message.box().getChildren().add(1, hint);
        send = ui.primary(ui.t("texthotline.send.label"), vm::send);
        send.setGraphic(ui.icon(MaterialDesignS.SEND));
        send.setId(ID_SEND);
        root.getChildren().addAll(Ui.body(ui.t("texthotline.compose.intro")), topics.box(), message.box(),
                Ui.muted(ui.t("texthotline.compose.when")), status);
        start(null);
    }

    @Override
    public List<Node> bottomActions() {
        return List.of(send);
    }

    @Override
    protected void render(ComposeUiState s) {
        topics.showError(s.topicError());
        A11y.showError(message.control(), message.error(), s.messageError());
        send.setDisable(s.sending());
        topics.options().forEach(o -> o.setDisable(s.sending()));
        message.control().setDisable(s.sending());
        status.getChildren().clear();
        if (s.sending()) {
            status.getChildren().add(ui.progress(ui.t("texthotline.send.progress")));
        }
        if (s.formMessage() != null) {
            Label m = ui.status(s.formMessage(), Styles.Tone.ERROR);
            m.setId(ID_FORM_MESSAGE);
            status.getChildren().add(m);
            Ui.result(m, s.formMessage());
        }
        if (s.focus() == ComposeUiState.Field.TOPIC) {
            Platform.runLater(topics.first()::requestFocus);
        } else if (s.focus() == ComposeUiState.Field.MESSAGE) {
            Platform.runLater(message.control()::requestFocus);
        }
    }

    @Override
    public String title() {
        return ui.t("texthotline.compose.title");
    }

    @Override
    public boolean aboutPerson() {
        return true;
    }
}
