-- Passerelle schema, version 7: the scan of each signed contract version is kept with it (a
-- PDF, JPEG or PNG of at most 20 MB, when it was attached, by whom, its file name and its
-- SHA-256), so that the signed text can be shown, exported on a right of access and erased by
-- retention with the rest of the file; and each member's civility, so that a printed contract
-- says « née » or « né ».
ALTER TABLE members ADD COLUMN civility TEXT NOT NULL DEFAULT '';
CREATE TABLE contract_scans (
    id @ID@,
    contract_id BIGINT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
    version_number INTEGER NOT NULL,
    attached_at TEXT NOT NULL,
    attached_by TEXT NOT NULL DEFAULT '',
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    content @BLOB@ NOT NULL,
    CHECK (length(sha256) = 64)
);
CREATE INDEX contract_scans_contract ON contract_scans(contract_id, version_number);
