-- Indexes that a shop with 100 000 open orders and 1 000 000 finished ones needs (issue 18, measured by
-- the benchmark's big-data part, BigDataBenchmark; README, Benchmark). Plain CREATE INDEX blocks writes
-- to the table while it builds (seconds on a table of a million orders): on a live shop build it with
-- CREATE INDEX CONCURRENTLY instead, which cannot run inside a transaction (Flyway: a migration of its
-- own with executeInTransaction=false).

-- The board's closed columns hold today's delivered, cancelled and returned orders: found by status
-- and the moment they got it (status_since). With only (status), PostgreSQL reads every order that
-- was ever delivered to find today's. (Open columns use V20's (status, promised_by).)
CREATE INDEX ix_customer_order_status_since ON customer_order (status, status_since);
