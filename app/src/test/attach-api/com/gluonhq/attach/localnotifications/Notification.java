package com.gluonhq.attach.localnotifications;

import java.io.InputStream;
import java.time.ZonedDateTime;

/** Attach 4.0.25's Notification: its constructors and getters (see ../../../../README.md). */
public class Notification {
    private final String id;
    private final String title;
    private final String text;
    private final InputStream imageInputStream;
    private final ZonedDateTime dateTime;
    private final Runnable runnable;

    public Notification(String id, String text, ZonedDateTime dateTime, Runnable runnable) {
        this(id, null, text, null, dateTime, runnable);
    }

    public Notification(String id, String title, String text, ZonedDateTime dateTime, Runnable runnable) {
        this(id, title, text, null, dateTime, runnable);
    }

    public Notification(String id, String title, String text, InputStream imageInputStream, ZonedDateTime dateTime,
                        Runnable runnable) {
        this.id = id;
        this.title = title;
        this.text = text;
        this.imageInputStream = imageInputStream;
        this.dateTime = dateTime;
        this.runnable = runnable;
    }

    public final String getId() {
        return id;
    }

    public final String getTitle() {
        return title;
    }

    public final String getText() {
        return text;
    }

    public final InputStream getImageInputStream() {
        return imageInputStream;
    }

    public final ZonedDateTime getDateTime() {
        return dateTime;
    }

    public final Runnable getRunnable() {
        return runnable;
    }
}
