-- Passerelle schema, version 3: every printed version of a support contract is kept with the
-- contract (date, who printed it, the contract version number, the SHA-256 of the PDF and the
-- PDF itself), so that the unit can show which text was signed. A renewal or an avenant is a
-- new contract version, hence a new print.
CREATE TABLE contract_prints (
    id @ID@,
    contract_id BIGINT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
    version_number INTEGER NOT NULL,
    printed_at TEXT NOT NULL,
    printed_by TEXT NOT NULL DEFAULT '',
    sha256 TEXT NOT NULL,
    pdf @BLOB@ NOT NULL,
    CHECK (length(sha256) = 64)
);
CREATE INDEX contract_prints_contract ON contract_prints(contract_id, version_number);
