package com.gluonhq.attach.localnotifications;

import javafx.collections.ObservableList;

import java.util.Optional;

/** Attach 4.0.25's LocalNotificationsService: signatures only (see ../../../../README.md). */
public interface LocalNotificationsService {
    static Optional<LocalNotificationsService> create() {
        return Optional.empty();
    }

    ObservableList<Notification> getNotifications();
}
