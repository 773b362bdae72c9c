package cn.huzhong.care.app.data;

import cn.huzhong.care.core.api.ApiProblem;

import java.util.List;
import java.util.Optional;

/**
 * Why an API call did not succeed, as a type the screens can act on. Every failure from the server carries the
 * server's own message (problem+json {@code title} and {@code detail}, already in the person's language).
 */
public abstract sealed class ApiFailure extends RuntimeException {
    protected ApiFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The server's problem document, when it sent one. */
    public Optional<ApiProblem> problem() {
        return Optional.empty();
    }

    /** The server could not be reached (no network, server down, timeout): the app works from its cache. */
    public static final class Unreachable extends ApiFailure {
        public Unreachable(String what, Throwable cause) {
            super(what, cause);
        }
    }

    /** The server answered with an error. */
    public abstract static sealed class Refused extends ApiFailure {
        private final ApiProblem problem;

        protected Refused(ApiProblem problem) {
            super(problem.title() + ": " + problem.detail(), null);
            this.problem = problem;
        }

        @Override
        public Optional<ApiProblem> problem() {
            return Optional.of(problem);
        }

        public int status() {
            return problem.status();
        }

        /** What to tell the person: the server's title and detail. */
        public String userMessage() {
            String title = problem.title() == null ? "" : problem.title().strip();
            String detail = problem.detail() == null ? "" : problem.detail().strip();
            if (title.isEmpty()) {
                return detail;
            }
            if (detail.isEmpty() || detail.equals(title)) {
                return title;
            }
            return title + (endsWithPunctuation(title) ? "" : isCjk(title) ? "。" : ". ") + detail;
        }

        private static boolean endsWithPunctuation(String s) {
            char c = s.charAt(s.length() - 1);
            return c == '。' || c == '.' || c == '！' || c == '!' || c == '？' || c == '?';
        }

        private static boolean isCjk(String s) {
            return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        }
    }

    /** 401: wrong phone or password at sign-in, or the session has expired. */
    public static final class Unauthorized extends Refused {
        public Unauthorized(ApiProblem problem) {
            super(problem);
        }
    }

    /** 429: too many attempts; try again after {@link #retryAfterSeconds()}. */
    public static final class RateLimited extends Refused {
        private final long retryAfterSeconds;

        public RateLimited(ApiProblem problem, long retryAfterSeconds) {
            super(problem);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** 422: fields at fault, each with the server's message. */
    public static final class Invalid extends Refused {
        public Invalid(ApiProblem problem) {
            super(problem);
        }

        public List<ApiProblem.FieldError> fieldErrors() {
            return problem().map(ApiProblem::errors).orElse(List.of());
        }

        public Optional<String> messageFor(String field) {
            return fieldErrors().stream().filter(e -> field.equals(e.field())).map(ApiProblem.FieldError::message)
                    .findFirst();
        }
    }

    /** 403, 404, 409 and other 4xx answers: the request cannot be served as asked. */
    public static final class Rejected extends Refused {
        public Rejected(ApiProblem problem) {
            super(problem);
        }
    }

    /** 5xx, or an answer the app cannot read. */
    public static final class ServerError extends Refused {
        public ServerError(ApiProblem problem) {
            super(problem);
        }
    }
}
