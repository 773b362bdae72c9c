-- Issue 9 (hardening). Numbered 9 so that it sorts after the migrations other branches add meanwhile.
--
-- Sign-in slowdown per phone number, whether or not an account has that number: after a few wrong passwords each
-- further attempt must wait a little longer (up to a minute), the same for known and unknown numbers, so the
-- answers say nothing about who has an account and no one can lock a real user out for long. Keyed by a hash of
-- the number (the numbers people mistype are not kept). Shared by every server through the database.
CREATE TABLE sign_in_throttle (
    phone_hash CHAR(64) PRIMARY KEY,
    failures INTEGER NOT NULL,
    window_start BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL
);
CREATE INDEX sign_in_throttle_window ON sign_in_throttle (window_start);

-- A staff member's public work number (what residents see as their contact), kept apart from the mobile number
-- they sign in with.
ALTER TABLE accounts ADD COLUMN work_phone VARCHAR(30);
