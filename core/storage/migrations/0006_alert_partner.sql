-- Passerelle schema, version 6: an alert can name the partner mobilised in response to it
-- (the support plan shows it beside the partners mobilised for the household's needs).
-- No foreign key: SQLite could not drop the column again, and a partner removed since reads
-- « (supprimé) » where the alert names it.
ALTER TABLE alerts ADD COLUMN partner_id BIGINT;
