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
    private static final Gson REQUEST_GSON = builder().registerTypeAdapterFactory(new StrictEnums()).create();

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
