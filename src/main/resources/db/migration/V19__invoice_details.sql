-- Bills as proper invoices (issue 12): the HSN/SAC code of each product, and what a bill prints of
-- its customer and, with GST on, the place of supply. A bill keeps its own copy of these, as of the
-- moment it was issued, like its customer name: an issued bill never changes.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL.

-- HSN (goods, 4 to 8 digits) or SAC (services, 6 digits from 99…); NULL = not recorded yet.
ALTER TABLE product ADD COLUMN hsn VARCHAR(8);

ALTER TABLE bill ADD COLUMN customer_phone VARCHAR(16);
ALTER TABLE bill ADD COLUMN customer_address VARCHAR(600);
-- with GST on: the state of supply, e.g. "27-Maharashtra"; NULL on a bill without GST
ALTER TABLE bill ADD COLUMN place_of_supply VARCHAR(40);
ALTER TABLE bill_line ADD COLUMN hsn VARCHAR(8);

-- bills issued before this change print the customer's phone and address as the order has them
UPDATE bill SET
    customer_phone = (SELECT o.customer_phone FROM customer_order o WHERE o.id = bill.order_id),
    customer_address = (SELECT CONCAT_WS(', ', o.customer_address, o.customer_locality, o.customer_pincode)
                        FROM customer_order o WHERE o.id = bill.order_id);

-- /bills finds bills by phone and customer name
CREATE INDEX ix_bill_customer_phone ON bill (customer_phone);
