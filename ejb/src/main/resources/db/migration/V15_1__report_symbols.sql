-- Each report for the Commission gets its own document symbol (E/CN.15/2026/11) from a per-session sequence the
-- secretariat can set; the same report generated again, or in another format, keeps its symbol.
ALTER TABLE commission_session ADD COLUMN next_report_number INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE generated_report ADD COLUMN symbol VARCHAR(60);
CREATE INDEX generated_report_symbol ON generated_report (symbol);
