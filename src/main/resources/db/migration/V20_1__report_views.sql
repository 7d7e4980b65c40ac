-- The reports module reads other modules' tables only through these read-only views (issue 14): this
-- file is the one list of every foreign column the reports depend on. A migration of another module
-- that must change the type of, or drop, a column named here drops the view first and creates it
-- again after (PostgreSQL refuses to alter a column a view uses); adding columns needs nothing.
-- Engine history (ACT_HI_*) is read by reports.EngineHistory directly: Flyway may run before the
-- engine creates its tables on a fresh database, so no view can name them.

CREATE VIEW report_v_order AS
SELECT id, order_number, channel, status, status_since, customer_name, customer_phone, customer_locality,
       customer_pincode, delivery_zone, delivery_boy, total, cancel_reason, created_at, promised_by
  FROM customer_order;

CREATE VIEW report_v_order_line AS
SELECT order_id, line_no, sku, product_name, size_label, quantity, line_total
  FROM order_line;

CREATE VIEW report_v_status_change AS
SELECT id, order_id, to_status, changed_at
  FROM order_status_change;

CREATE VIEW report_v_bill AS
SELECT id, order_id, order_number, status, grand_total, issued_by, issued_at
  FROM bill;

CREATE VIEW report_v_credit_note AS
SELECT id, order_number, amount, issued_at
  FROM credit_note;

CREATE VIEW report_v_return AS
SELECT id, order_number, replacement_order, reason, opened_at
  FROM return_case;

CREATE VIEW report_v_packing AS
SELECT id, order_number, kind, packer, packed_at
  FROM packing_record;

CREATE VIEW report_v_audit AS
SELECT order_ref, action, at
  FROM audit_event;

CREATE VIEW report_v_delivery_stop AS
SELECT id, run_id, order_number, live_order_number, zone_name, outcome, completed_by, completed_at, task_id
  FROM delivery_stop;

CREATE VIEW report_v_delivery_run AS
SELECT id, delivery_boy, state
  FROM delivery_run;

CREATE VIEW report_v_counter_sale AS
SELECT id, sold_at, total
  FROM counter_sale;

CREATE VIEW report_v_counter_sale_line AS
SELECT id, sale_id, product_id, quantity, line_total
  FROM counter_sale_line;

CREATE VIEW report_v_product AS
SELECT id, sku, name, size_label, reorder_level, price, unit_weight_grams
  FROM product;

CREATE VIEW report_v_stock_balance AS
SELECT product_id, batch_id, pool, quantity
  FROM stock_balance;

CREATE VIEW report_v_stock_batch AS
SELECT id, product_id, expiry_date
  FROM stock_batch;
