package cn.huzhong.care.core.api;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.Strictness;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The one Gson configuration that the server and the app both use. Dates are ISO-8601: times with their
 * offset, seconds always written ({@code 2026-11-28T20:47:00+08:00}, RFC 3339), local dates ({@code 2026-11-28}), months ({@code 2026-11}).
 * Nulls are left out; parsing is strict (no comments, no unquoted names, nothing after the value).
 */
public final class Json {
    private static final Gson GSON = builder().create();
    private static final Gson REQUEST_GSON = strict(builder().registerTypeAdapterFactory(new StrictEnums())).create();

    /** The earliest and latest day a request may name: anything outside is a typo or an attack, not a plan. */
    public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

    private static GsonBuilder builder() {
        return new GsonBuilder()
            .registerTypeAdapter(OffsetDateTime.class, adapter(OffsetDateTime::parse, DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).nullSafe())
            .registerTypeAdapter(LocalDate.class, adapter(LocalDate::parse, Object::toString).nullSafe())
            .registerTypeAdapter(YearMonth.class, adapter(YearMonth::parse, Object::toString).nullSafe())
            .registerTypeAdapter(Instant.class, adapter(Instant::parse, Object::toString).nullSafe())
            .disableHtmlEscaping()
            .setStrictness(Strictness.STRICT);
    }

    private Json() {
    }

    /**
     * A date in a request outside {@link #EARLIEST_DATE}..{@link #LATEST_DATE}. {@code field} is the JSON path
     * without the leading {@code $.}, so the server can answer 422 naming it.
     */
    public static final class DateOutOfRange extends com.google.gson.JsonParseException {
        private final String field;

        public DateOutOfRange(String path) {
            super("date out of range at " + path);
            this.field = path.startsWith("$.") ? path.substring(2) : path;
        }

        public String field() {
            return field;
        }
    }

    /**
     * Request reading refuses what lenient JSON would guess at: a number where text is expected or text where a
     * number is ({@code "days": "5"}), a fraction or an exponent for a whole number ({@code 1.0}, {@code 1e3}), a
     * whole number out of range, {@code "true"} for a boolean; and dates outside the sane range.
     */
    private static GsonBuilder strict(GsonBuilder b) {
        TypeAdapter<String> string = new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, String value) throws IOException {
                out.value(value);
            }

            @Override
            public String read(JsonReader in) throws IOException {
                JsonToken t = in.peek();
                if (t == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                if (t != JsonToken.STRING) {
                    throw new com.google.gson.JsonSyntaxException("expected text but was " + t + " at " + in.getPath());
                }
                return in.nextString();
            }
        };
        TypeAdapter<Boolean> bool = new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, Boolean value) throws IOException {
                out.value(value);
            }

            @Override
            public Boolean read(JsonReader in) throws IOException {
                JsonToken t = in.peek();
                if (t == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                if (t != JsonToken.BOOLEAN) {
                    throw new com.google.gson.JsonSyntaxException("expected true or false but was " + t + " at " + in.getPath());
                }
                return in.nextBoolean();
            }
        };
        return b.registerTypeAdapter(String.class, string)
                .registerTypeAdapter(Boolean.class, bool).registerTypeAdapter(boolean.class, bool)
                .registerTypeAdapter(Long.class, whole(Long.MIN_VALUE, Long.MAX_VALUE, v -> v))
                .registerTypeAdapter(long.class, whole(Long.MIN_VALUE, Long.MAX_VALUE, v -> v))
                .registerTypeAdapter(Integer.class, whole(Integer.MIN_VALUE, Integer.MAX_VALUE, Long::intValue))
                .registerTypeAdapter(int.class, whole(Integer.MIN_VALUE, Integer.MAX_VALUE, Long::intValue))
                .registerTypeAdapter(OffsetDateTime.class, bounded(OffsetDateTime::parse,
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME::format, t -> t.toLocalDate()).nullSafe())
                .registerTypeAdapter(LocalDate.class, bounded(LocalDate::parse, Object::toString, d -> d).nullSafe())
                .registerTypeAdapter(YearMonth.class, bounded(YearMonth::parse, Object::toString, m -> m.atDay(1)).nullSafe())
                .registerTypeAdapter(Instant.class, bounded(Instant::parse, Object::toString,
                        i -> i.atOffset(java.time.ZoneOffset.UTC).toLocalDate()).nullSafe());
    }

    private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]{0,18})");

    private static <T extends Number> TypeAdapter<T> whole(long min, long max, Function<Long, T> convert) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(value);
            }

            @Override
            public T read(JsonReader in) throws IOException {
                JsonToken t = in.peek();
                if (t == JsonToken.NULL) {
                    in.nextNull();
                    return null;
                }
                String path = in.getPath();
                if (t != JsonToken.NUMBER) {
                    throw new com.google.gson.JsonSyntaxException("expected a whole number but was " + t + " at " + path);
                }
                String literal = in.nextString();
                if (!INTEGER.matcher(literal).matches()) {
                    throw new com.google.gson.JsonSyntaxException("expected a whole number but was " + literal + " at " + path);
                }
                long v;
                try {
                    v = Long.parseLong(literal);
                } catch (NumberFormatException e) {
                    throw new com.google.gson.JsonSyntaxException("number out of range at " + path, e);
                }
                if (v < min || v > max) {
                    throw new com.google.gson.JsonSyntaxException("number out of range at " + path);
                }
                return convert.apply(v);
            }
        };
    }

    private static <T> TypeAdapter<T> bounded(Function<String, T> parse, Function<T, String> format,
                                              Function<T, LocalDate> day) {
        TypeAdapter<T> plain = adapter(parse, format);
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                plain.write(out, value);
            }

            @Override
            public T read(JsonReader in) throws IOException {
                String path = in.getPath();
                T value = plain.read(in);
                LocalDate d = day.apply(value);
                if (d.isBefore(EARLIEST_DATE) || d.isAfter(LATEST_DATE)) {
                    throw new DateOutOfRange(path);
                }
                return value;
            }
        };
    }

    /** Reads and writes responses: an enum constant this version does not know reads as null. */
    public static Gson gson() {
        return GSON;
    }

    /**
     * Reads request bodies on the server: as {@link #gson()}, but an unknown enum constant is an error naming
     * the value and its path, so a typo is not silently taken as "missing".
     */
    public static Gson requestGson() {
        return REQUEST_GSON;
    }

    private static final class StrictEnums implements com.google.gson.TypeAdapterFactory {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public <T> TypeAdapter<T> create(Gson gson, com.google.gson.reflect.TypeToken<T> type) {
            Class<? super T> raw = type.getRawType();
            if (!Enum.class.isAssignableFrom(raw) || raw == Enum.class) {
                return null;
            }
            Class<? extends Enum> enumType = (Class<? extends Enum>) (raw.isEnum() ? raw : raw.getSuperclass());
            return (TypeAdapter<T>) new TypeAdapter<Enum>() {
                @Override
                public void write(JsonWriter out, Enum value) throws IOException {
                    if (value == null) {
                        out.nullValue();
                    } else {
                        out.value(value.name());
                    }
                }

                @Override
                public Enum read(JsonReader in) throws IOException {
                    if (in.peek() == JsonToken.NULL) {
                        in.nextNull();
                        return null;
                    }
                    String path = in.getPath();
                    String s = in.nextString();
                    for (Object c : enumType.getEnumConstants()) {
                        if (((Enum) c).name().equals(s)) {
                            return (Enum) c;
                        }
                    }
                    throw new com.google.gson.JsonSyntaxException("unknown value '" + s + "' path " + path);
                }
            };
        }
    }

    private static <T> TypeAdapter<T> adapter(Function<String, T> parse, Function<T, String> format) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(format.apply(value));
            }

            @Override
            public T read(JsonReader in) throws IOException {
                if (in.peek() != JsonToken.STRING) {
                    throw new com.google.gson.JsonSyntaxException(
                            "expected a date string but was " + in.peek() + " at " + in.getPath());
                }
                String s = in.nextString();
                try {
                    return parse.apply(s);
                } catch (DateTimeParseException e) {
                    throw new com.google.gson.JsonSyntaxException("not a valid date: '" + s + "' at " + in.getPath(), e);
                }
            }
        };
    }
}
