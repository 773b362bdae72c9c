package com.gluonhq.attach.dialer;

import java.util.Optional;

/** Attach 4.0.25's DialerService: signatures only (see ../../../../README.md). */
public interface DialerService {
    static Optional<DialerService> create() {
        return Optional.empty();
    }

    void call(String number);
}
