-- The products page (issue 12): a product's own barcode and whether it is perishable.
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL.

-- The maker's barcode on a bought-in pack (EAN-8, UPC-A, EAN-13, GTIN-14): scanning it at the
-- counter finds the product. Our own packs carry our pack label instead. NULL = none.
ALTER TABLE product ADD COLUMN barcode VARCHAR(14);
ALTER TABLE product ADD CONSTRAINT uq_product_barcode UNIQUE (barcode);

-- Set on the products page; NULL = decided by shelf life (a product that keeps at most
-- orderflow.returns.perishable-within-days is perishable), as before this column existed.
ALTER TABLE product ADD COLUMN perishable BOOLEAN;
