package cn.huzhong.care.app.ui.text;

import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Button;

/** A {@link Button} whose lines break by {@link LineBreaker} (see {@link Wrapped}). */
public class WrapButton extends Button implements Wrapped.Wraps {
    private final Wrapped wrapped;

    public WrapButton(String text) {
        super(text);
        wrapped = new Wrapped(this, text);
    }

    @Override
    public Wrapped wrapped() {
        return wrapped;
    }

    @Override
    protected double computePrefWidth(double height) {
        return Math.max(super.computePrefWidth(height), wrapped.prefWidth());
    }

    @Override
    protected double computeMinWidth(double height) {
        return wrapped.minWidth(super.computeMinWidth(height));
    }

    @Override
    protected double computePrefHeight(double width) {
        return wrapped.prefHeight(width, super.computePrefHeight(-1));
    }

    @Override
    protected void layoutChildren() {
        wrapped.fit(getWidth());
        super.layoutChildren();
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        return wrapped.text(attribute, super.queryAccessibleAttribute(attribute, parameters));
    }
}
