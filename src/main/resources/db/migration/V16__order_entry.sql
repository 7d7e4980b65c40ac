-- Order entry from the catalogue, order search and items locked at packing (issue 12, orders).
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL.

-- A product's name in Marathi and Hindi, so that order entry finds it in any of the three
-- languages; NULL where the shop has not given one (pages then show the English name).
ALTER TABLE product ADD COLUMN name_mr VARCHAR(120);
ALTER TABLE product ADD COLUMN name_hi VARCHAR(120);

-- Why a line's discount was given (who gave it is in the audit trail).
ALTER TABLE order_line ADD COLUMN discount_reason VARCHAR(200);

-- When a packer claimed the order's pack task, and who: from then on its items change only
-- through a revised bill (adjust packing), never on the order itself.
ALTER TABLE customer_order ADD COLUMN packing_started_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE customer_order ADD COLUMN packing_started_by VARCHAR(64);

-- The delivery zone the zone table gave the address when the order was taken or corrected; the
-- order list's zone filter reads it until the order is on a delivery run (then the run's zone).
ALTER TABLE customer_order ADD COLUMN delivery_zone VARCHAR(60);

-- Search: a customer's orders by phone (E.164), newest first; the zone filter; the order list's
-- money view reads credit notes by bill.
CREATE INDEX ix_customer_order_phone ON customer_order (customer_phone, created_at);
CREATE INDEX ix_customer_order_zone ON customer_order (delivery_zone);
CREATE INDEX ix_credit_note_bill ON credit_note (bill_id);
CREATE INDEX ix_payment_order_status ON payment (order_number, status);

-- Read-only views the order list and search read instead of the billing and delivery tables
-- themselves, so that those modules may change their tables as long as the views keep answering.

-- Every bill number an order ever had (revised and cancelled ones too), for search by bill number.
CREATE VIEW order_bill_number AS
SELECT b.order_number, b.bill_number FROM bill b;

-- Where an order's money stands against its current bill (the live one, else the cancelled one;
-- never a superseded one): billed = the bill's total less its credit notes, paid = accepted
-- payments (refunds are negative). The same sums as billing's Account.
CREATE VIEW order_money AS
SELECT b.order_number, b.bill_number, b.status AS bill_status,
       b.grand_total - COALESCE((SELECT SUM(c.amount) FROM credit_note c WHERE c.bill_id = b.id), 0) AS billed,
       COALESCE((SELECT SUM(p.amount) FROM payment p
                 WHERE p.order_number = b.order_number AND p.status = 'ACCEPTED'), 0) AS paid
FROM bill b
WHERE b.id = (SELECT MAX(b2.id) FROM bill b2 WHERE b2.order_number = b.order_number AND b2.status <> 'SUPERSEDED');

-- The delivery run an order is (or was last) on: its zone and delivery boy.
CREATE VIEW order_delivery AS
SELECT s.order_number, s.zone_name, r.delivery_boy, r.state AS run_state
FROM delivery_stop s JOIN delivery_run r ON r.id = s.run_id
WHERE s.id = (SELECT MAX(s2.id) FROM delivery_stop s2 WHERE s2.order_number = s.order_number);
