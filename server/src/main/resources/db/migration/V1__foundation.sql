-- Foundation schema: households, residents and their certificates, accounts, carer links, sessions,
-- subsidy applications with their steps and payments, idempotency keys, and the audit log.
-- One migration set for SQLite and PostgreSQL: ${id_pk} is the generated primary key of each dialect.
-- Times are epoch milliseconds (BIGINT); dates are ISO text (YYYY-MM-DD), months YYYY-MM; money in fen.

CREATE TABLE households (
    id ${id_pk},
    town VARCHAR(16) NOT NULL,
    income VARCHAR(16) NOT NULL,
    address VARCHAR(200),
    created_at BIGINT NOT NULL
);

CREATE TABLE residents (
    id ${id_pk},
    name VARCHAR(60) NOT NULL,
    certificate_number VARCHAR(20) NOT NULL,
    category SMALLINT NOT NULL,
    level SMALLINT NOT NULL,
    birth_date VARCHAR(10) NOT NULL,
    town VARCHAR(16) NOT NULL,
    household_id BIGINT NOT NULL REFERENCES households (id),
    phone VARCHAR(20),
    address VARCHAR(200),
    certificate_issued_on VARCHAR(10) NOT NULL,
    certificate_expires_on VARCHAR(10),
    out_of_area_training_months INTEGER NOT NULL DEFAULT 0,
    contact_name VARCHAR(60),
    contact_phone VARCHAR(20),
    contact_office VARCHAR(60),
    created_at BIGINT NOT NULL,
    CONSTRAINT residents_certificate_unique UNIQUE (certificate_number),
    CONSTRAINT residents_category_range CHECK (category BETWEEN 1 AND 7),
    CONSTRAINT residents_level_range CHECK (level BETWEEN 1 AND 4)
);
CREATE INDEX residents_household ON residents (household_id);
CREATE INDEX residents_town_name ON residents (town, name);
CREATE INDEX residents_name ON residents (name);

CREATE TABLE accounts (
    id ${id_pk},
    phone VARCHAR(20) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role VARCHAR(16) NOT NULL,
    display_name VARCHAR(60) NOT NULL,
    status VARCHAR(16) NOT NULL,
    town VARCHAR(16),
    staff_scope VARCHAR(16),
    resident_id BIGINT REFERENCES residents (id),
    failed_sign_ins INTEGER NOT NULL DEFAULT 0,
    first_failure_at BIGINT,
    locked_until BIGINT,
    created_at BIGINT NOT NULL,
    CONSTRAINT accounts_phone_unique UNIQUE (phone),
    CONSTRAINT accounts_resident_unique UNIQUE (resident_id)
);

CREATE TABLE carer_links (
    carer_account_id BIGINT NOT NULL REFERENCES accounts (id),
    resident_id BIGINT NOT NULL REFERENCES residents (id),
    relationship VARCHAR(16) NOT NULL,
    created_by BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    PRIMARY KEY (carer_account_id, resident_id)
);
CREATE INDEX carer_links_resident ON carer_links (resident_id);

CREATE TABLE sessions (
    token_hash CHAR(64) PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_account ON sessions (account_id);

CREATE TABLE applications (
    id ${id_pk},
    resident_id BIGINT NOT NULL REFERENCES residents (id),
    household_id BIGINT NOT NULL REFERENCES households (id),
    town VARCHAR(16) NOT NULL,
    kind VARCHAR(40) NOT NULL,
    step VARCHAR(32) NOT NULL,
    amount_fen BIGINT NOT NULL,
    period VARCHAR(10) NOT NULL,
    submitted_at BIGINT NOT NULL,
    step_since BIGINT NOT NULL,
    reason VARCHAR(500),
    note VARCHAR(500),
    applied_by BIGINT REFERENCES accounts (id),
    next_review_on VARCHAR(10),
    -- 'r<resident>:<kind>' (or 'h<household>:<kind>' for household benefits) while the application is not
    -- rejected: the database itself refuses a second open application for the same benefit.
    active_key VARCHAR(80),
    updated_at BIGINT NOT NULL,
    CONSTRAINT applications_active_unique UNIQUE (active_key)
);
CREATE INDEX applications_resident ON applications (resident_id, submitted_at);
CREATE INDEX applications_household ON applications (household_id, kind);
CREATE INDEX applications_queue ON applications (town, step, step_since);
CREATE INDEX applications_step ON applications (step, step_since);

CREATE TABLE application_events (
    id ${id_pk},
    application_id BIGINT NOT NULL REFERENCES applications (id),
    step VARCHAR(32) NOT NULL,
    at BIGINT NOT NULL,
    actor_account_id BIGINT REFERENCES accounts (id),
    actor_kind VARCHAR(16) NOT NULL,
    note VARCHAR(500)
);
CREATE INDEX application_events_application ON application_events (application_id, at);

CREATE TABLE payments (
    id ${id_pk},
    application_id BIGINT NOT NULL REFERENCES applications (id),
    period VARCHAR(7) NOT NULL,
    amount_fen BIGINT NOT NULL,
    paid_on VARCHAR(10) NOT NULL,
    recorded_by BIGINT REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    CONSTRAINT payments_one_per_month UNIQUE (application_id, period)
);

CREATE TABLE idempotency_keys (
    account_id BIGINT NOT NULL,
    idem_key VARCHAR(100) NOT NULL,
    request_hash CHAR(64) NOT NULL,
    status INTEGER,
    response_body TEXT,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (account_id, idem_key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys (created_at);

CREATE TABLE audit_log (
    id ${id_pk},
    at BIGINT NOT NULL,
    actor_account_id BIGINT,
    action VARCHAR(40) NOT NULL,
    entity VARCHAR(40) NOT NULL,
    entity_id BIGINT,
    before_state TEXT,
    after_state TEXT
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
CREATE INDEX audit_log_actor ON audit_log (actor_account_id, at);

CREATE TABLE meta (
    meta_key VARCHAR(60) PRIMARY KEY,
    meta_value VARCHAR(200) NOT NULL
);
