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
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The one Gson configuration that the server and the app both use. Dates are ISO-8601: times with their
 * offset ({@code 2026-11-28T20:47:00+08:00}), local dates ({@code 2026-11-28}), months ({@code 2026-11}).
 * Nulls are left out; parsing is strict (no comments, no unquoted names, nothing after the value).
 */
public final class Json {
    private static final Gson GSON = new GsonBuilder()
            .registerTypeAdapter(OffsetDateTime.class, adapter(OffsetDateTime::parse).nullSafe())
            .registerTypeAdapter(LocalDate.class, adapter(LocalDate::parse).nullSafe())
            .registerTypeAdapter(YearMonth.class, adapter(YearMonth::parse).nullSafe())
            .registerTypeAdapter(Instant.class, adapter(Instant::parse).nullSafe())
            .disableHtmlEscaping()
            .setStrictness(Strictness.STRICT)
            .create();

    private Json() {
    }

    public static Gson gson() {
        return GSON;
    }

    private static <T> TypeAdapter<T> adapter(Function<String, T> parse) {
        return new TypeAdapter<>() {
            @Override
            public void write(JsonWriter out, T value) throws IOException {
                out.value(value.toString());
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
