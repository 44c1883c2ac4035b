-- The floor of the year-end review (issue 14): the figures of INDICATORS.md over every action
-- and every agency for the period @FROM@ – @TO@, as aggregate queries the `sqlite3` command
-- runs on the same file. bench_scale --floor replaces @FROM@ and @TO@ and times the whole
-- script; Passerelle's review (load + Review::compute, with its drill-down lists) should stay
-- within 1.5 times this. Each query returns the figures, not the rows behind them.

-- (1) supported, (3) kinds, (4) support months (days), (2) entries and exits, (5) ended days.
CREATE TEMP TABLE p AS SELECT '@FROM@' AS f, '@TO@' AS t;
CREATE TEMP TABLE sup AS
SELECT s.id, s.household_id, s.action_id, s.household_kind, s.start_date, s.end_date, s.outcome,
       MIN(COALESCE(s.end_date, p.t), p.t) AS last_day
FROM supports s, p
WHERE s.start_date IS NOT NULL AND s.start_date <= p.t AND (s.end_date IS NULL OR s.end_date >= p.f);
SELECT COUNT(*), SUM(household_kind = 'nouvel_entrant'), SUM(household_kind = 'locataire_en_place'),
       SUM(julianday(last_day) - julianday(MAX(start_date, p.f)) + 1)
FROM sup, p;
SELECT SUM(start_date >= p.f), SUM(end_date IS NOT NULL AND end_date <= p.t),
       SUM(CASE WHEN end_date <= p.t THEN julianday(end_date) - julianday(start_date) + 1 END)
FROM sup, p;
SELECT outcome, COUNT(*) FROM sup, p WHERE end_date <= p.t GROUP BY outcome;

-- (6) QPV share and (10) lease types: the lease running on the last day supported.
SELECT l.type, SUM(d.qpv), COUNT(*)
FROM sup
JOIN leases l ON l.household_id = sup.household_id AND l.start_date <= sup.last_day
             AND (l.end_date IS NULL OR l.end_date >= sup.last_day)
JOIN dwellings d ON d.id = l.dwelling_id
GROUP BY l.type;

-- (7) retention at +24 months (months added as Passerelle adds them: the 29th–31st fall back
-- to the month's last day).
SELECT COUNT(*), SUM(EXISTS (SELECT 1 FROM leases l2 WHERE l2.household_id = c.household_id
                                AND l2.start_date <= c.day
                                AND (l2.end_date IS NULL OR l2.end_date >= c.day)))
FROM (SELECT household_id,
             CASE WHEN strftime('%d', date(e, '+24 months')) = strftime('%d', e)
                  THEN date(e, '+24 months')
                  ELSE date(e, 'start of month', '+25 months', '-1 day') END AS day
      FROM (SELECT household_id, MIN(start_date) AS e FROM leases
            WHERE household_id IN (SELECT household_id FROM supports) GROUP BY household_id)) c, p
WHERE c.day <= p.t;

-- (8) bail glissant used by a supported household; glissements dated in the period.
SELECT COUNT(*) FROM sup
WHERE EXISTS (SELECT 1 FROM leases l WHERE l.household_id = sup.household_id
              AND l.type = 'bail_glissant');
SELECT COUNT(*) FROM leases l, p
WHERE l.type = 'bail_direct' AND l.start_date BETWEEN p.f AND p.t
  AND l.household_id IN (SELECT household_id FROM sup)
  AND (l.start_reason = 'glissement'
       OR EXISTS (SELECT 1 FROM leases g WHERE g.household_id = l.household_id
                  AND g.type = 'bail_glissant' AND g.dwelling_id = l.dwelling_id
                  AND date(g.end_date, '+1 day') = l.start_date));

-- (10) breakdowns over (1).
SELECT j.value, COUNT(*) FROM sup JOIN households h ON h.id = sup.household_id,
       json_each('["' || replace(h.publics, '|', '","') || '"]') j
GROUP BY j.value;
SELECT h.composition, COUNT(*) FROM sup JOIN households h ON h.id = sup.household_id
GROUP BY h.composition;
SELECT h.prior_situation, COUNT(*) FROM sup JOIN households h ON h.id = sup.household_id
GROUP BY h.prior_situation;
SELECT h.main_resource_source, COUNT(*) FROM sup JOIN households h ON h.id = sup.household_id
GROUP BY h.main_resource_source;
SELECT a.code, COUNT(*) FROM sup JOIN households h ON h.id = sup.household_id
JOIN agencies a ON a.id = h.agency_id GROUP BY a.code;

-- (11) contacts in the period of the supported households, by type, and households contacted.
SELECT c.type, COUNT(*), COUNT(DISTINCT c.household_id) FROM contacts c, p
WHERE c.date BETWEEN p.f AND p.t AND c.household_id IN (SELECT household_id FROM sup)
GROUP BY c.type;

-- (12) partners mobilised in the period for the supported households.
SELECT m.partner_id, COUNT(DISTINCT pl.household_id)
FROM mobilised_partners m JOIN support_plans pl ON pl.id = m.plan_id, p
WHERE pl.household_id IN (SELECT household_id FROM sup)
  AND (m.start_date IS NULL OR m.start_date <= p.t) AND (m.end_date IS NULL OR m.end_date >= p.f)
GROUP BY m.partner_id;

-- (13) referrals dated in the period.
SELECT r.outcome, COUNT(*) FROM referrals r, p WHERE r.date BETWEEN p.f AND p.t GROUP BY r.outcome;

-- (15) cost.
SELECT SUM(amount) FROM expenses, p WHERE date BETWEEN p.f AND p.t;
SELECT source, SUM(amount_received) FROM funding_lines, p
WHERE received_date BETWEEN p.f AND p.t GROUP BY source;

-- Diagnostic levels: entry and latest diagnostic (up to the period's end) of the supported
-- households, mean level per domain.
SELECT dd.domain, g.kind, AVG(dd.level), COUNT(*)
FROM diagnostics g JOIN diagnostic_domains dd ON dd.diagnostic_id = g.id, p
WHERE g.date <= p.t AND g.household_id IN (SELECT household_id FROM sup) AND dd.level >= 0
  AND (g.id = (SELECT MIN(x.id) FROM diagnostics x WHERE x.household_id = g.household_id
               AND x.kind = 'entree')
       OR g.id = (SELECT x.id FROM diagnostics x WHERE x.household_id = g.household_id
                  AND x.date <= p.t ORDER BY x.date DESC, x.id DESC LIMIT 1))
GROUP BY dd.domain, g.kind;
