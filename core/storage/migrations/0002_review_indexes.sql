-- Passerelle schema, version 2: the year-end review counts contacts by household and type over
-- a period; a covering index lets it read the index alone (no table lookup per contact).
DROP INDEX contacts_date;
CREATE INDEX contacts_date_household_type ON contacts(date, household_id, type);
