-- Service requests, providers/slots/bookings, the text hotline, and the inbox.
-- Concurrency guarantees live here: a slot's booked count can never pass its capacity (CHECK, and bookings take a
-- place with a conditional UPDATE), and bookings of one person are serialised on the person's row
-- (residents.booking_guard), so two overlapping bookings cannot both commit, on any number of servers.

ALTER TABLE residents ADD COLUMN booking_guard BIGINT NOT NULL DEFAULT 0;

CREATE TABLE service_requests (
    id ${id_pk},
    resident_id BIGINT NOT NULL REFERENCES residents (id),
    town VARCHAR(16) NOT NULL,
    type VARCHAR(32) NOT NULL,
    status VARCHAR(16) NOT NULL,
    description VARCHAR(2000) NOT NULL,
    preferred_date VARCHAR(10),
    time_of_day VARCHAR(16),
    contact_phone VARCHAR(20),
    start_date VARCHAR(10),
    days INTEGER,
    days_per_week INTEGER,
    device_kind VARCHAR(32),
    modification_items VARCHAR(200),
    home_ownership VARCHAR(32),
    legal_topic VARCHAR(32),
    employment_help VARCHAR(32),
    plan VARCHAR(2000),
    reason VARCHAR(500),
    rating SMALLINT,
    rating_comment VARCHAR(500),
    created_by BIGINT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT service_requests_rating_range CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
);
CREATE INDEX service_requests_resident ON service_requests (resident_id, created_at);
CREATE INDEX service_requests_queue ON service_requests (town, status, updated_at);
CREATE INDEX service_requests_status ON service_requests (status, updated_at);

CREATE TABLE request_events (
    id ${id_pk},
    request_id BIGINT NOT NULL REFERENCES service_requests (id),
    status VARCHAR(16) NOT NULL,
    at BIGINT NOT NULL,
    actor_account_id BIGINT REFERENCES accounts (id),
    actor_kind VARCHAR(16) NOT NULL,
    note VARCHAR(2000)
);
CREATE INDEX request_events_request ON request_events (request_id, at);

CREATE TABLE providers (
    id ${id_pk},
    name VARCHAR(100) NOT NULL,
    town VARCHAR(16) NOT NULL,
    address VARCHAR(200) NOT NULL,
    accessibility_notes VARCHAR(500),
    phone VARCHAR(30),
    services VARCHAR(100) NOT NULL,
    created_at BIGINT NOT NULL
);

CREATE TABLE slots (
    id ${id_pk},
    provider_id BIGINT NOT NULL REFERENCES providers (id),
    service VARCHAR(32) NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    capacity INTEGER NOT NULL,
    booked INTEGER NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    CONSTRAINT slots_capacity_positive CHECK (capacity > 0),
    CONSTRAINT slots_never_overbooked CHECK (booked >= 0 AND booked <= capacity),
    CONSTRAINT slots_ends_after_start CHECK (ends_at > starts_at)
);
CREATE INDEX slots_service_start ON slots (service, starts_at);
CREATE INDEX slots_provider_start ON slots (provider_id, starts_at);

CREATE TABLE bookings (
    id ${id_pk},
    slot_id BIGINT NOT NULL REFERENCES slots (id),
    resident_id BIGINT NOT NULL REFERENCES residents (id),
    status VARCHAR(16) NOT NULL,
    starts_at BIGINT NOT NULL,
    ends_at BIGINT NOT NULL,
    device_kind VARCHAR(32),
    wheelchair_loan BOOLEAN NOT NULL DEFAULT FALSE,
    note VARCHAR(500),
    booked_by BIGINT NOT NULL REFERENCES accounts (id),
    booked_by_kind VARCHAR(16) NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    cancelled_at BIGINT
);
CREATE INDEX bookings_resident ON bookings (resident_id, status, starts_at);
CREATE INDEX bookings_slot ON bookings (slot_id, status);
CREATE INDEX bookings_start ON bookings (status, starts_at);

CREATE TABLE hotline_threads (
    id ${id_pk},
    resident_id BIGINT NOT NULL REFERENCES residents (id),
    town VARCHAR(16) NOT NULL,
    topic VARCHAR(32) NOT NULL,
    status VARCHAR(16) NOT NULL,
    created_by BIGINT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    last_message_at BIGINT NOT NULL
);
CREATE INDEX hotline_threads_resident ON hotline_threads (resident_id, last_message_at);
CREATE INDEX hotline_threads_queue ON hotline_threads (status, last_message_at);

CREATE TABLE hotline_messages (
    id ${id_pk},
    thread_id BIGINT NOT NULL REFERENCES hotline_threads (id),
    author_account_id BIGINT NOT NULL REFERENCES accounts (id),
    author_kind VARCHAR(16) NOT NULL,
    body VARCHAR(4000) NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX hotline_messages_thread ON hotline_messages (thread_id, created_at);

CREATE TABLE inbox_messages (
    id ${id_pk},
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    resident_id BIGINT NOT NULL REFERENCES residents (id),
    kind VARCHAR(32) NOT NULL,
    message_key VARCHAR(80) NOT NULL,
    args TEXT,
    link_id BIGINT,
    dedupe_key VARCHAR(80),
    created_at BIGINT NOT NULL,
    read_at BIGINT,
    CONSTRAINT inbox_messages_dedupe UNIQUE (account_id, dedupe_key)
);
CREATE INDEX inbox_messages_account ON inbox_messages (account_id, created_at);
CREATE INDEX inbox_messages_unread ON inbox_messages (account_id, read_at);
