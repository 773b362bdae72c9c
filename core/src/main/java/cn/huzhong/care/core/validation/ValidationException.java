package cn.huzhong.care.core.validation;

import java.util.List;

/** Input that breaks one or more field rules; the server answers 422, the app shows each under its field. */
public final class ValidationException extends RuntimeException {
    private final List<Violation> violations;

    public ValidationException(List<Violation> violations) {
        super("invalid input: " + violations);
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one violation");
        }
        this.violations = List.copyOf(violations);
    }

    public ValidationException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }
}
