package cn.huzhong.care.app.ui.audit;

import cn.huzhong.care.app.ui.A11y;
import cn.huzhong.care.app.ui.DisplayMode;
import cn.huzhong.care.core.i18n.Lang;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.NodeOrientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The fixture screens of the audit's own tests, built in code like the app's views: {@link #broken} breaks every
 * rule at least once on a node with a known id; {@link #wellBuilt} follows every rule in every display mode.
 */
public final class AuditScreens {
    private AuditScreens() {
    }

    // ------------------------------------------------------------------------------------------ broken

    /**
     * A screen with one known violation per rule, on the node with the id named in the comment. Shown in
     * {@link DisplayMode#LARGE_TEXT} the long title is also truncated.
     */
    static Parent broken() {
        // SPEAKABLE_TEXT: an icon-only button; a screen reader gets only the icon's private-use glyph
        Button iconOnly = new Button(null, new FontIcon("mdi2h-home"));
        iconOnly.setId("iconOnly");

        // LABELLED_INPUT (and SPEAKABLE_TEXT): a field whose only "label" is its prompt text
        TextField promptOnly = new TextField();
        promptOnly.setId("promptOnly");
        promptOnly.setPromptText("手机号");

        // CONTRAST: grey on the light background, 2.6:1
        Label faint = wrapped(new Label("请在月底前提交"));
        faint.setId("faint");
        faint.setStyle("-fx-text-fill: #999999;");

        // TOUCH_TARGET: 30 × 30 px
        Button tiny = new Button("小");
        tiny.setId("tiny");
        tiny.setStyle("-fx-padding: 0; -fx-min-width: 30px; -fx-pref-width: 30px; -fx-max-width: 30px;"
                + " -fx-min-height: 30px; -fx-pref-height: 30px; -fx-max-height: 30px;");

        // NO_TRUNCATION (at 200 %): a long title that may not wrap
        Label longTitle = new Label("这是一个很长很长的标题两倍字号时放不下");
        longTitle.setId("longTitle");

        // ROLE: a clickable pane that a screen reader calls nothing (role PARENT)
        StackPane morePane = new StackPane(new Label("更多"));
        morePane.setId("morePane");
        morePane.setAccessibleText("更多");
        morePane.setStyle("-fx-min-height: 3em;");
        morePane.setOnMouseClicked(e -> { });

        // TEXT_SIZE: 0.7 em = 12.6 px at 100 %
        Label fine = wrapped(new Label("小字说明"));
        fine.setId("fine");
        fine.setStyle("-fx-font-size: 0.7em;");

        // DUPLICATE_TEXT: two "取消" that cancel different bookings
        Button cancelA = wide(new Button("取消"));
        cancelA.setId("cancelA");
        Button cancelB = wide(new Button("取消"));
        cancelB.setId("cancelB");

        // REDUNDANT_WORDS
        Button submitButton = wide(new Button("提交按钮"));
        submitButton.setId("submitButton");

        // FOCUS_ORDER: child order is right to left on screen, so Tab order differs from reading order
        Button rowFirstChild = new Button("下一步");
        rowFirstChild.setId("rowFirstChild");
        Button rowSecondChild = new Button("上一步");
        rowSecondChild.setId("rowSecondChild");
        HBox reversedRow = new HBox(18, rowFirstChild, rowSecondChild);
        reversedRow.setId("reversedRow");
        reversedRow.setNodeOrientation(NodeOrientation.RIGHT_TO_LEFT);

        // COLOUR_NOT_ALONE: a red dot as the whole status
        Region statusDot = new Region();
        statusDot.setId("statusDot");
        statusDot.getStyleClass().add(A11y.STATUS);
        statusDot.setStyle("-fx-background-color: #d32f2f; -fx-min-width: 1em; -fx-min-height: 1em;"
                + " -fx-max-width: 1em; -fx-max-height: 1em;");

        // ERRORS: an error above its field; an error whose field's help says something else; focus elsewhere
        Label amountLabel = new Label("金额");
        TextField amount = A11y.labelled(amountLabel, new TextField());
        amount.setId("amount");
        Label amountError = new Label();
        amountError.setId("amountError");
        A11y.showError(amount, amountError, "请填写金额");
        Label nameLabel = new Label("姓名");
        TextField name = A11y.labelled(nameLabel, new TextField());
        name.setId("name");
        Label nameError = new Label();
        nameError.setId("nameError");
        A11y.showError(name, nameError, "请填写姓名");
        name.setAccessibleHelp("姓名");

        // FOCUS_ORDER: a field that swallows Tab (a trap)
        Label codeLabel = new Label("验证码");
        TextField trap = A11y.labelled(codeLabel, new TextField());
        trap.setId("trap");
        trap.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB) {
                e.consume();
            }
        });

        VBox content = new VBox(6,
                iconOnly, promptOnly, faint, tiny, longTitle, morePane, fine, cancelA, cancelB, submitButton,
                reversedRow, statusDot, amountLabel, amountError, amount, nameLabel, name, nameError,
                codeLabel, trap);
        content.setId("content");
        content.setPadding(new Insets(8));
        return content;
    }

    /**
     * The defects of issue 7 that the first audit did not see, one per new rule, on nodes with known ids: a title
     * that wraps inside a fixed-height app bar ({@code clippedTitle}: CLIPPING), a near-black icon on the blue bar
     * ({@code darkIcon}: NON_TEXT_CONTRAST), a time broken after its colon ({@code brokenTime}: LINE_BREAKS), fixed
     * bars taking over a quarter of the screen ({@code tallBanner}: FIXED_AREAS), and a destructive action styled
     * primary and placed before the safe choice ({@code deleteFirst}: DESTRUCTIVE_ACTION).
     */
    static Parent brokenKit() {
        Button back = new Button(null, new FontIcon("mdi2a-arrow-left"));
        back.setAccessibleText("返回");
        FontIcon darkIcon = (FontIcon) back.getGraphic();
        darkIcon.setId("darkIcon");
        darkIcon.setIconColor(javafx.scene.paint.Color.web("#1b1b1f"));
        back.setStyle("-fx-background-color: transparent; -fx-border-color: #ffffff;");
        Label title = new Label("王秀兰的服务申请、预约记录和消息通知");
        title.setId("clippedTitle");
        title.setWrapText(true);
        title.setMinHeight(Region.USE_PREF_SIZE);
        title.setStyle("-fx-text-fill: #ffffff; -fx-font-size: 1.25em;");
        HBox.setHgrow(title, Priority.ALWAYS);
        HBox appBar = new HBox(8, back, title);
        appBar.setId("appBar");
        appBar.getStyleClass().add(A11y.FIXED_BAR);
        appBar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        appBar.setStyle("-fx-background-color: #0b57d0; -fx-padding: 0 0.5em;"
                + " -fx-min-height: 3.2em; -fx-pref-height: 3.2em; -fx-max-height: 3.2em;");

        Label offline = wrapped(new Label("您现在离线。显示的是上次同步的内容，网络恢复后会自动更新。"));
        VBox tallBanner = new VBox(offline);
        tallBanner.setId("tallBanner");
        tallBanner.getStyleClass().add(A11y.FIXED_BAR);
        tallBanner.setStyle("-fx-background-color: #fff4e5; -fx-padding: 0.5em; -fx-min-height: 8em;");

        Label brokenTime = wrapped(new Label("请在下午2:00前到达"));
        brokenTime.setId("brokenTime");
        brokenTime.setStyle("-fx-max-width: 5.5em;");

        Button deleteFirst = new Button("删除全部记录");
        deleteFirst.setId("deleteFirst");
        A11y.destructive(deleteFirst);
        deleteFirst.getStyleClass().add(A11y.PRIMARY);
        Button keep = new Button("保留记录");
        keep.setId("keep");
        HBox actions = new HBox(12, deleteFirst, keep);
        actions.setId("actions");

        Label home = new Label("Home");
        Label services = new Label("Services");
        services.setId("runTogether");
        HBox nav = new HBox(home, services);

        VBox content = new VBox(12, brokenTime, actions, nav);
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll);
        root.setTop(new VBox(appBar, tallBanner));
        root.setId("kit");
        return root;
    }

    // ------------------------------------------------------------------------------------------ well built

    /** A form screen that follows every rule, in the language of {@code mode}. */
    public static Parent wellBuilt(DisplayMode mode) {
        boolean zh = mode.lang() == Lang.ZH;

        Label title = wrapped(new Label(zh ? "申请助残补贴" : "Apply for a disability subsidy"));
        title.setStyle("-fx-font-size: 1.4em;");
        HBox.setHgrow(title, Priority.ALWAYS);
        Hyperlink helpTop = A11y.action(new Hyperlink(zh ? "查看帮助" : "Help"), "help");
        helpTop.setId("helpTop");
        helpTop.setMinWidth(Region.USE_PREF_SIZE);
        HBox titleRow = new HBox(title, helpTop);

        Label status = wrapped(new Label(zh ? "上次申请已通过" : "Last application approved",
                new FontIcon("mdi2c-check-circle")));
        status.getStyleClass().add(A11y.STATUS);
        FontIcon ornament = A11y.decorative(new FontIcon("mdi2h-heart"));

        Label phoneLabel = new Label(zh ? "手机号" : "Mobile number");
        TextField phone = A11y.labelled(phoneLabel, new TextField());
        phone.setId("phone");
        Label phoneError = wrapped(new Label());
        phoneError.setId("phoneError");
        A11y.showError(phone, phoneError, zh ? "请输入11位手机号" : "Enter an 11-digit mobile number");

        Label nameLabel = new Label(zh ? "姓名" : "Name");
        TextField name = A11y.labelled(nameLabel, new TextField());
        name.setId("name");

        CheckBox agree = wrapped(new CheckBox(zh ? "我已阅读并同意补贴申请须知" : "I have read and agree to the subsidy terms"));
        agree.setId("agree");

        Label payLabel = new Label(zh ? "领取方式" : "Payment method");
        ToggleGroup pay = new ToggleGroup();
        RadioButton bank = wrapped(new RadioButton(zh ? "银行卡" : "Bank card"));
        bank.setToggleGroup(pay);
        RadioButton cash = wrapped(new RadioButton(zh ? "现金" : "Cash"));
        cash.setToggleGroup(pay);

        Label townLabel = new Label(zh ? "乡镇" : "Town");
        ListView<String> towns = A11y.labelled(townLabel, new ListView<>(FXCollections.observableArrayList(
                zh ? new String[] {"呼中镇", "碧水镇", "宏伟镇"} : new String[] {"Huzhong", "Bishui", "Hongwei"})));
        towns.setId("towns");
        towns.setStyle("-fx-pref-height: 8.8em;");

        Button subsidyTile = A11y.action(wide(new Button(zh ? "补贴" : "Subsidy")), "open-subsidies");
        subsidyTile.getStyleClass().add(A11y.TILE);
        Button hotlineTile = A11y.action(wide(new Button(zh ? "热线" : "Hotline")), "open-hotlines");
        hotlineTile.getStyleClass().add(A11y.TILE);
        HBox.setHgrow(subsidyTile, Priority.ALWAYS);
        HBox.setHgrow(hotlineTile, Priority.ALWAYS);
        HBox tiles = new HBox(12, subsidyTile, hotlineTile);

        Button cancelFirst = wide(new Button(zh ? "取消 3月5日的预约" : "Cancel the booking on 5 March"));
        Button cancelSecond = wide(new Button(zh ? "取消 3月9日的预约" : "Cancel the booking on 9 March"));
        Hyperlink helpBottom = A11y.action(new Hyperlink(zh ? "查看帮助" : "Help"), "help");

        VBox form = new VBox(8, titleRow, status, ornament, phoneLabel, phone, phoneError, nameLabel, name, agree,
                payLabel, bank, cash, townLabel, towns, tiles, cancelFirst, cancelSecond, helpBottom);
        form.setId("form");
        form.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);

        Button submit = wide(new Button(zh ? "提交申请" : "Submit application"));
        submit.setId("submit");
        submit.getStyleClass().add(A11y.PRIMARY);
        BorderPane root = new BorderPane(scroll);
        BorderPane.setMargin(submit, new Insets(12));
        root.setBottom(submit);
        root.setId("screen");
        return root;
    }

    /** Shows the well-built screen in {@code mode} with focus on the field in error, as the view would. */
    static Scene showWellBuilt(DisplayMode mode) {
        Scene scene = AuditFixture.show(mode, () -> wellBuilt(mode));
        AuditFixture.runFx(() -> scene.lookup("#phone").requestFocus());
        return scene;
    }

    static <T extends javafx.scene.control.Labeled> T wrapped(T labeled) {
        labeled.setWrapText(true);
        labeled.setMaxWidth(Double.MAX_VALUE);
        return labeled;
    }

    static <T extends javafx.scene.control.Labeled> T wide(T labeled) {
        return wrapped(labeled);
    }

    static Node byId(Scene scene, String id) {
        return AuditFixture.onFx(() -> scene.lookup("#" + id));
    }
}
