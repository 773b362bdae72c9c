package com.gluonhq.attach.connectivity;

import javafx.beans.property.ReadOnlyBooleanProperty;

import java.util.Optional;

/** Attach 4.0.25's ConnectivityService: signatures only (see ../../../../README.md). */
public interface ConnectivityService {
    static Optional<ConnectivityService> create() {
        return Optional.empty();
    }

    ReadOnlyBooleanProperty connectedProperty();

    boolean isConnected();
}
