-- Passerelle schema, version 1.
-- Portable SQL for SQLite and PostgreSQL. Tokens replaced by the dialect layer:
--   @ID@    auto-incremented primary key
--   @BLOB@  binary column
-- Dates are ISO-8601 text (YYYY-MM-DD), timestamps ISO-8601 UTC text; they sort and compare
-- the same way on both backends. Money is BIGINT cents. Booleans are INTEGER 0/1.
-- Sets of reference codes are stored as 'code1|code2' text, sorted.

CREATE TABLE organisation (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    signatory_name TEXT NOT NULL DEFAULT '',
    signatory_title TEXT NOT NULL DEFAULT '',
    dpo_contact TEXT NOT NULL DEFAULT '',
    logo @BLOB@,
    logo_mime_type TEXT NOT NULL DEFAULT ''
);

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE reference_items (
    list_key TEXT NOT NULL,
    code TEXT NOT NULL,
    label TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0,
    active INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (list_key, code)
);

CREATE TABLE agencies (
    id @ID@,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    territory TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE partners (
    id @ID@,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT '',
    fields TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE partner_contacts (
    id @ID@,
    partner_id BIGINT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    function TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT ''
);
CREATE INDEX partner_contacts_partner ON partner_contacts(partner_id);

CREATE TABLE partner_agreements (
    id @ID@,
    partner_id BIGINT NOT NULL REFERENCES partners(id) ON DELETE CASCADE,
    reference TEXT NOT NULL DEFAULT '',
    subject TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    dwellings_reserved INTEGER,
    amount BIGINT NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);
CREATE INDEX partner_agreements_partner ON partner_agreements(partner_id);

CREATE TABLE users (
    id @ID@,
    login TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    agency_id BIGINT REFERENCES agencies(id),
    partner_id BIGINT REFERENCES partners(id),
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    password_hash TEXT NOT NULL DEFAULT '',
    created_at TEXT
);

CREATE TABLE actions (
    id @ID@,
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    call_for_projects TEXT NOT NULL DEFAULT '',
    call_year INTEGER,
    category TEXT NOT NULL DEFAULT '',
    publics TEXT NOT NULL DEFAULT '',
    lead_partner_id BIGINT REFERENCES partners(id),
    territory TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    target_new_entrants INTEGER NOT NULL DEFAULT 0,
    target_existing_tenants INTEGER NOT NULL DEFAULT 0,
    budget BIGINT NOT NULL DEFAULT 0,
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE TABLE funding_lines (
    id @ID@,
    action_id BIGINT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    funder TEXT NOT NULL DEFAULT '',
    amount_granted BIGINT NOT NULL DEFAULT 0,
    amount_received BIGINT NOT NULL DEFAULT 0,
    granted_date TEXT,
    received_date TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX funding_lines_action ON funding_lines(action_id);

CREATE TABLE expenses (
    id @ID@,
    action_id BIGINT NOT NULL REFERENCES actions(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    category TEXT NOT NULL DEFAULT '',
    label TEXT NOT NULL DEFAULT '',
    amount BIGINT NOT NULL,
    partner_id BIGINT REFERENCES partners(id)
);
CREATE INDEX expenses_action_date ON expenses(action_id, date);

CREATE TABLE households (
    id @ID@,
    reference TEXT NOT NULL UNIQUE,
    agency_id BIGINT NOT NULL REFERENCES agencies(id),
    cesf_user_id BIGINT REFERENCES users(id),
    composition TEXT NOT NULL DEFAULT '',
    publics TEXT NOT NULL DEFAULT '',
    monthly_resources BIGINT NOT NULL DEFAULT 0,
    resources_known INTEGER NOT NULL DEFAULT 0,
    main_resource_source TEXT NOT NULL DEFAULT '',
    resource_sources TEXT NOT NULL DEFAULT '',
    prior_situation TEXT NOT NULL DEFAULT '',
    consent_date TEXT,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    search_key TEXT NOT NULL DEFAULT '',
    created_at TEXT,
    updated_at TEXT,
    row_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX households_agency ON households(agency_id);

CREATE TABLE members (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    last_name TEXT NOT NULL,
    first_name TEXT NOT NULL DEFAULT '',
    birth_date TEXT,
    role TEXT NOT NULL,
    signs_contract INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX members_household ON members(household_id);

CREATE TABLE supports (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    action_id BIGINT NOT NULL REFERENCES actions(id),
    household_kind TEXT NOT NULL,
    partner_id BIGINT REFERENCES partners(id),
    partner_referent TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    end_notes TEXT NOT NULL DEFAULT '',
    intensity TEXT NOT NULL DEFAULT '',
    row_version INTEGER NOT NULL DEFAULT 1,
    UNIQUE (household_id, action_id),
    CHECK (end_date IS NULL OR (start_date IS NOT NULL AND end_date >= start_date))
);
CREATE INDEX supports_action ON supports(action_id);

CREATE TABLE post_support_checks (
    id @ID@,
    support_id BIGINT NOT NULL REFERENCES supports(id) ON DELETE CASCADE,
    offset_months INTEGER NOT NULL CHECK (offset_months IN (6, 12, 24)),
    due_date TEXT,
    done_date TEXT,
    still_housed INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (support_id, offset_months)
);

CREATE TABLE dwellings (
    id @ID@,
    reference TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    postal_code TEXT NOT NULL DEFAULT '',
    commune TEXT NOT NULL DEFAULT '',
    typology TEXT NOT NULL DEFAULT '',
    rent BIGINT,
    charges BIGINT,
    furnished INTEGER NOT NULL DEFAULT 0,
    qpv INTEGER NOT NULL DEFAULT 0,
    agency_id BIGINT REFERENCES agencies(id)
);

CREATE TABLE leases (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    dwelling_id BIGINT NOT NULL REFERENCES dwellings(id),
    type TEXT NOT NULL,
    start_reason TEXT NOT NULL DEFAULT '',
    start_date TEXT NOT NULL,
    end_date TEXT,
    end_reason TEXT NOT NULL DEFAULT '',
    subletter_partner_id BIGINT REFERENCES partners(id),
    expected_glissement_date TEXT,
    glissement_conditions TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX leases_household ON leases(household_id, start_date);
CREATE INDEX leases_dwelling ON leases(dwelling_id);

CREATE TABLE lease_reviews (
    id @ID@,
    lease_id BIGINT NOT NULL REFERENCES leases(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX lease_reviews_lease ON lease_reviews(lease_id);

CREATE TABLE referrals (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    action_id BIGINT NOT NULL REFERENCES actions(id),
    date TEXT,
    partner_id BIGINT REFERENCES partners(id),
    referrer_name TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    outcome_date TEXT
);
CREATE INDEX referrals_household ON referrals(household_id);
CREATE INDEX referrals_date ON referrals(date);

CREATE TABLE diagnostics (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    action_id BIGINT REFERENCES actions(id),
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    partner_id BIGINT REFERENCES partners(id),
    recommended_intensity TEXT NOT NULL DEFAULT '',
    recommended_lease_type TEXT NOT NULL DEFAULT '',
    recommendation TEXT NOT NULL DEFAULT '',
    partners_to_mobilise TEXT NOT NULL DEFAULT ''
);
CREATE INDEX diagnostics_household ON diagnostics(household_id, date);

CREATE TABLE diagnostic_domains (
    id @ID@,
    diagnostic_id BIGINT NOT NULL REFERENCES diagnostics(id) ON DELETE CASCADE,
    domain TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN -1 AND 3),
    observation TEXT NOT NULL DEFAULT '',
    UNIQUE (diagnostic_id, domain)
);

CREATE TABLE tripartite_meetings (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    action_id BIGINT REFERENCES actions(id),
    date TEXT NOT NULL,
    time TEXT,
    place TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL DEFAULT '',
    minutes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tripartite_meetings_household ON tripartite_meetings(household_id, date);
CREATE INDEX tripartite_meetings_date ON tripartite_meetings(date);

CREATE TABLE meeting_participants (
    id @ID@,
    meeting_id BIGINT NOT NULL REFERENCES tripartite_meetings(id) ON DELETE CASCADE,
    party TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    function TEXT NOT NULL DEFAULT '',
    present INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX meeting_participants_meeting ON meeting_participants(meeting_id);

CREATE TABLE cal_decisions (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    action_id BIGINT REFERENCES actions(id),
    date TEXT NOT NULL,
    decision TEXT NOT NULL,
    dwelling_id BIGINT REFERENCES dwellings(id),
    conditions TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX cal_decisions_household ON cal_decisions(household_id);

CREATE TABLE contracts (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    action_id BIGINT NOT NULL REFERENCES actions(id),
    place TEXT NOT NULL DEFAULT '',
    duration_months INTEGER NOT NULL DEFAULT 12,
    meeting_frequency TEXT NOT NULL DEFAULT '',
    household_commitments TEXT NOT NULL DEFAULT '',
    association_commitments TEXT NOT NULL DEFAULT '',
    landlord_commitments TEXT NOT NULL DEFAULT '',
    consent_date TEXT,
    landlord_signatory TEXT NOT NULL DEFAULT '',
    association_signatory TEXT NOT NULL DEFAULT '',
    UNIQUE (household_id, action_id)
);

CREATE TABLE contract_versions (
    id @ID@,
    contract_id BIGINT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    kind TEXT NOT NULL,
    date TEXT,
    start_date TEXT,
    end_date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (contract_id, number),
    CHECK (end_date IS NULL OR start_date IS NULL OR end_date >= start_date)
);

CREATE TABLE support_plans (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    action_id BIGINT NOT NULL REFERENCES actions(id),
    date TEXT,
    notes TEXT NOT NULL DEFAULT '',
    UNIQUE (household_id, action_id)
);

CREATE TABLE objectives (
    id @ID@,
    plan_id BIGINT NOT NULL REFERENCES support_plans(id) ON DELETE CASCADE,
    axis TEXT NOT NULL,
    title TEXT NOT NULL,
    actions TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    target_date TEXT,
    done_date TEXT,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX objectives_plan ON objectives(plan_id);
CREATE INDEX objectives_target ON objectives(status, target_date);

CREATE TABLE mobilised_partners (
    id @ID@,
    plan_id BIGINT NOT NULL REFERENCES support_plans(id) ON DELETE CASCADE,
    partner_id BIGINT NOT NULL REFERENCES partners(id),
    need TEXT NOT NULL DEFAULT '',
    start_date TEXT,
    end_date TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mobilised_partners_plan ON mobilised_partners(plan_id);

CREATE TABLE contacts (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    action_id BIGINT REFERENCES actions(id),
    date TEXT NOT NULL,
    type TEXT NOT NULL,
    duration_minutes INTEGER,
    author TEXT NOT NULL DEFAULT '',
    author_user_id BIGINT REFERENCES users(id),
    notes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_household_date ON contacts(household_id, date);
CREATE INDEX contacts_date ON contacts(date);

CREATE TABLE alerts (
    id @ID@,
    household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    type TEXT NOT NULL,
    amount BIGINT,
    description TEXT NOT NULL DEFAULT '',
    closed_date TEXT,
    resolution TEXT NOT NULL DEFAULT '',
    CHECK (closed_date IS NULL OR closed_date >= date)
);
CREATE INDEX alerts_household ON alerts(household_id);

CREATE TABLE committees (
    id @ID@,
    agency_id BIGINT NOT NULL REFERENCES agencies(id),
    action_id BIGINT REFERENCES actions(id),
    date TEXT NOT NULL,
    time TEXT,
    place TEXT NOT NULL DEFAULT '',
    participants TEXT NOT NULL DEFAULT '',
    minutes TEXT NOT NULL DEFAULT ''
);
CREATE INDEX committees_agency_date ON committees(agency_id, date);

CREATE TABLE committee_reviews (
    id @ID@,
    committee_id BIGINT NOT NULL REFERENCES committees(id) ON DELETE CASCADE,
    household_id BIGINT NOT NULL REFERENCES households(id) ON DELETE CASCADE,
    reason TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL DEFAULT '',
    decision_notes TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    UNIQUE (committee_id, household_id)
);
CREATE INDEX committee_reviews_household ON committee_reviews(household_id);

CREATE TABLE audit_log (
    id @ID@,
    at TEXT NOT NULL,
    user_id BIGINT,
    login TEXT NOT NULL DEFAULT '',
    operation TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT,
    household_id BIGINT,
    summary TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_household ON audit_log(household_id, at);
