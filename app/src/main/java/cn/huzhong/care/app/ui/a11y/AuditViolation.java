package cn.huzhong.care.app.ui.a11y;

/**
 * One finding of the accessibility {@link Audit}: on which screen, which {@link AuditRule} (by name), which node
 * (a readable path from the scene root, e.g. {@code VBox#content > HBox[2] > Button"申请"}) and what is wrong.
 */
public record AuditViolation(String screen, String rule, String nodePath, String message) {

    /** The rule as the enum constant. */
    public AuditRule auditRule() {
        return AuditRule.valueOf(rule);
    }

    /** {@code screen | rule | node path | message}: one line of the audit report. */
    @Override
    public String toString() {
        return screen + " | " + rule + " | " + nodePath + " | " + message;
    }
}
