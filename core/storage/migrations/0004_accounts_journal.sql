-- Passerelle schema, version 4: accounts (lockout after failed logins), the split of notes
-- between what is shared with the partner association and what stays internal to the
-- landlord, what the household was told when consenting, anonymisation by the retention run,
-- and the tamper-evident journal (each entry carries the hash of the one before; the guards
-- against UPDATE and DELETE are installed by the program, per database engine).
ALTER TABLE users ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN locked_until TEXT;
ALTER TABLE users ADD COLUMN password_changed_at TEXT;

ALTER TABLE households ADD COLUMN internal_notes TEXT NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN consent_information TEXT NOT NULL DEFAULT '';
ALTER TABLE households ADD COLUMN anonymised_at TEXT;

ALTER TABLE contacts ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;

ALTER TABLE audit_log ADD COLUMN prev_hash TEXT NOT NULL DEFAULT '';
ALTER TABLE audit_log ADD COLUMN hash TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_login ON audit_log(login, at);
CREATE INDEX supports_partner ON supports(partner_id);

-- Each purge of old journal entries (retention run): entries up to up_to_id were removed, and
-- the entry after them chains from anchor_hash. Deleting journal entries is refused above the
-- highest purge; this table is append-only too.
CREATE TABLE audit_purges (
    id @ID@,
    at TEXT NOT NULL,
    up_to_id BIGINT NOT NULL,
    anchor_hash TEXT NOT NULL,
    removed INTEGER NOT NULL
);
