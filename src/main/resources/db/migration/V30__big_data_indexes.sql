-- Indexes that a shop with 100 000 open orders and 1 000 000 finished ones needs (issue 18, measured by
-- the benchmark's big-data part, BigDataBenchmark). Plain CREATE INDEX takes a lock that blocks writes
-- to the table while it builds (seconds on a big table): on a live shop run each as
-- CREATE INDEX CONCURRENTLY outside a transaction (Flyway: a separate migration with
-- executeInTransaction=false) instead.

-- The board counts and lists each column by status: today's closed orders by the moment they closed
-- (status_since), open ones by how long they waited; without it every board read scanned all
-- delivered orders ever.
CREATE INDEX ix_customer_order_status_since ON customer_order (status, status_since);
