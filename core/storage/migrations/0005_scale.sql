-- Passerelle schema, version 5: instant at the scale of a regional landlord (100 000
-- households, 2 000 000 contacts). The households list is read page by page in the order the
-- user chose, so each order has its index, and the search key sits beside it (the search scans
-- the index, not the table). name_key is the household's name without case or accents, for
-- sorting by name (filled by the program for existing households).
ALTER TABLE households ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
CREATE INDEX households_reference_search ON households(reference, search_key);
CREATE INDEX households_name_search ON households(name_key, reference, search_key);
CREATE INDEX households_agency_reference ON households(agency_id, reference, search_key);
CREATE INDEX supports_household_dates ON supports(household_id, start_date, end_date);
CREATE INDEX supports_open ON supports(end_date, household_id);
CREATE INDEX alerts_open ON alerts(closed_date, household_id);
CREATE INDEX contract_versions_end ON contract_versions(end_date);
CREATE INDEX leases_type ON leases(type, start_date);
CREATE INDEX post_support_checks_due ON post_support_checks(done_date, due_date);
CREATE INDEX contracts_household ON contracts(household_id);
CREATE INDEX support_plans_household ON support_plans(household_id);
-- The review counts levels of diagnostic domains and contacts by type without reading their
-- rows (observations and notes make them long).
CREATE INDEX diagnostic_domains_levels ON diagnostic_domains(diagnostic_id, domain, level);
-- The review's columns of households and leases, read through indexes rather than rows long
-- with notes.
CREATE INDEX households_review ON households(id, agency_id, composition, publics,
                                             prior_situation, main_resource_source);
DROP INDEX leases_household;
CREATE INDEX leases_household ON leases(household_id, start_date, id, end_date, type, dwelling_id,
                                        start_reason);
DROP INDEX objectives_target;
CREATE INDEX objectives_target ON objectives(status, target_date, plan_id, axis, title);
DROP INDEX contacts_household_date;
CREATE INDEX contacts_household_date_type ON contacts(household_id, date, type);
