-- Volunteers and help tasks (F10), complaints about help, staff-run accounts (one-time codes, suspension with a
-- reason), personal-data cases (correction or deletion, PIPL), a provider and tasks linked to service requests,
-- slot withdrawal, and an audit log that names the resident and town of each entry (F13).
-- The one-winner rule of a task is the database's: accepting is a conditional UPDATE (... WHERE status = 'OPEN'),
-- and a CHECK ties the volunteer column to the status, so no commit can leave a task with two volunteers or an
-- accepted task without one.

ALTER TABLE accounts ADD COLUMN status_reason VARCHAR(500);
ALTER TABLE accounts ADD COLUMN status_changed_at BIGINT;
ALTER TABLE accounts ADD COLUMN status_changed_by BIGINT;
ALTER TABLE accounts ADD COLUMN password_changed_at BIGINT;
CREATE INDEX accounts_role_status ON accounts (role, status, created_at);
CREATE INDEX accounts_role_name ON accounts (role, display_name);

CREATE TABLE volunteer_profiles (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id),
    help_kinds VARCHAR(200) NOT NULL,
    registered_at BIGINT NOT NULL,
    verified_by BIGINT REFERENCES accounts (id),
    verified_at BIGINT
);

CREATE TABLE volunteer_towns (
    account_id BIGINT NOT NULL REFERENCES accounts (id),
    town VARCHAR(16) NOT NULL,
    PRIMARY KEY (account_id, town)
);
CREATE INDEX volunteer_towns_town ON volunteer_towns (town, account_id);

-- one live code per account: a new one replaces the old; only a hash is stored
CREATE TABLE one_time_codes (
    account_id BIGINT PRIMARY KEY REFERENCES accounts (id),
    code_hash VARCHAR(200) NOT NULL,
    purpose VARCHAR(16) NOT NULL,
    issued_by BIGINT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    failed_attempts INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE help_tasks (
    id ${id_pk},
    resident_id BIGINT NOT NULL REFERENCES residents (id),
    town VARCHAR(16) NOT NULL,
    kind VARCHAR(32) NOT NULL,
    needed VARCHAR(500) NOT NULL,
    window_start BIGINT NOT NULL,
    window_end BIGINT NOT NULL,
    status VARCHAR(16) NOT NULL,
    volunteer_account_id BIGINT REFERENCES accounts (id),
    request_id BIGINT REFERENCES service_requests (id),
    accepted_at BIGINT,
    checked_in_at BIGINT,
    completed_at BIGINT,
    minutes INTEGER,
    completion_note VARCHAR(500),
    rating SMALLINT,
    rating_comment VARCHAR(500),
    rated_by BIGINT REFERENCES accounts (id),
    cancel_reason VARCHAR(500),
    created_by BIGINT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT help_tasks_window CHECK (window_end > window_start),
    CONSTRAINT help_tasks_one_volunteer CHECK (
        (status IN ('OPEN', 'CANCELLED') AND volunteer_account_id IS NULL)
        OR (status IN ('ACCEPTED', 'CHECKED_IN', 'COMPLETED') AND volunteer_account_id IS NOT NULL)),
    CONSTRAINT help_tasks_rating_range CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    CONSTRAINT help_tasks_minutes_range CHECK (minutes IS NULL OR minutes BETWEEN 15 AND 720)
);
CREATE INDEX help_tasks_open ON help_tasks (status, town, window_start);
CREATE INDEX help_tasks_volunteer ON help_tasks (volunteer_account_id, status, window_start);
CREATE INDEX help_tasks_resident ON help_tasks (resident_id, window_start);
CREATE INDEX help_tasks_request ON help_tasks (request_id);

CREATE TABLE task_events (
    id ${id_pk},
    task_id BIGINT NOT NULL REFERENCES help_tasks (id),
    event VARCHAR(16) NOT NULL,
    at BIGINT NOT NULL,
    actor_account_id BIGINT REFERENCES accounts (id),
    volunteer_account_id BIGINT REFERENCES accounts (id),
    note VARCHAR(500)
);
CREATE INDEX task_events_task ON task_events (task_id, at);

CREATE TABLE task_complaints (
    id ${id_pk},
    task_id BIGINT NOT NULL REFERENCES help_tasks (id),
    volunteer_account_id BIGINT NOT NULL REFERENCES accounts (id),
    resident_id BIGINT NOT NULL REFERENCES residents (id),
    town VARCHAR(16) NOT NULL,
    body VARCHAR(2000) NOT NULL,
    status VARCHAR(16) NOT NULL,
    created_by BIGINT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    closed_by BIGINT REFERENCES accounts (id),
    closed_at BIGINT,
    outcome VARCHAR(500)
);
CREATE INDEX task_complaints_queue ON task_complaints (status, town, created_at);
CREATE INDEX task_complaints_volunteer ON task_complaints (volunteer_account_id, created_at);

CREATE TABLE personal_data_cases (
    id ${id_pk},
    resident_id BIGINT NOT NULL REFERENCES residents (id),
    town VARCHAR(16) NOT NULL,
    kind VARCHAR(16) NOT NULL,
    details VARCHAR(2000) NOT NULL,
    status VARCHAR(16) NOT NULL,
    created_by BIGINT NOT NULL REFERENCES accounts (id),
    created_at BIGINT NOT NULL,
    answered_by BIGINT REFERENCES accounts (id),
    answered_at BIGINT,
    answer VARCHAR(2000),
    -- what was corrected or deleted: a JSON list of [message key, argument] pairs, rendered in the reader's language
    done_items TEXT
);
CREATE INDEX personal_data_cases_resident ON personal_data_cases (resident_id, created_at);
CREATE INDEX personal_data_cases_queue ON personal_data_cases (status, town, created_at);

ALTER TABLE service_requests ADD COLUMN provider_id BIGINT REFERENCES providers (id);
ALTER TABLE request_events ADD COLUMN kind VARCHAR(24) NOT NULL DEFAULT 'STATUS';
ALTER TABLE request_events ADD COLUMN task_id BIGINT REFERENCES help_tasks (id);
ALTER TABLE request_events ADD COLUMN detail VARCHAR(200);
ALTER TABLE slots ADD COLUMN withdrawn_at BIGINT;

ALTER TABLE audit_log ADD COLUMN resident_id BIGINT;
ALTER TABLE audit_log ADD COLUMN town VARCHAR(16);
CREATE INDEX audit_log_resident ON audit_log (resident_id, at);
CREATE INDEX audit_log_town ON audit_log (town, at);
CREATE INDEX audit_log_at ON audit_log (at);
