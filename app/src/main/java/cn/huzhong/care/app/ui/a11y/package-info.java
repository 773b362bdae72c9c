/**
 * The app's accessibility model and audit, in main code so that the audit and the phones' screen-reader bridge read
 * the same thing (ACCESSIBILITY.md).
 *
 * <ul>
 * <li>{@link cn.huzhong.care.app.ui.a11y.SceneModel}: the immutable semantic model of a shown scene: every visible
 * node with its traits (internal, clickable, input, focusable, image, icon, decorative…), ROLE, name, HELP, LABELED_BY
 * target and bounds, computed once through {@code Node.queryAccessibleAttribute}; reading order
 * ({@link cn.huzhong.care.app.ui.a11y.ReadingOrder}).</li>
 * <li>{@link cn.huzhong.care.app.ui.a11y.Audit}: runs the {@link cn.huzhong.care.app.ui.a11y.Rule rules}, one class per
 * row of the audit table ({@link cn.huzhong.care.app.ui.a11y.AuditRule}), and reports
 * {@link cn.huzhong.care.app.ui.a11y.AuditViolation violations} (screen, rule, node path, message);
 * {@link cn.huzhong.care.app.ui.a11y.ResultInView} checks what an action produced.</li>
 * <li>Shared parts: the {@link cn.huzhong.care.app.ui.a11y.FocusWalk Tab walk}, the WCAG maths
 * ({@link cn.huzhong.care.app.ui.a11y.Wcag}), what is painted behind a point
 * ({@link cn.huzhong.care.app.ui.a11y.Backdrops}), node paths ({@link cn.huzhong.care.app.ui.a11y.NodePaths}), spoken
 * text ({@link cn.huzhong.care.app.ui.a11y.Names}), laid-out lines ({@link cn.huzhong.care.app.ui.a11y.TextLines}).</li>
 * <li>{@link cn.huzhong.care.app.ui.a11y.LineBreaks}: makes text break as Chinese typesetting and DESIGN.md ask, on
 * top of what JavaFX's line breaker does (its class comment records what that is).</li>
 * </ul>
 * No JUnit here: the tests wrap {@code Audit} in assertions. Everything that reads a scene runs on the FX thread.
 */
package cn.huzhong.care.app.ui.a11y;
