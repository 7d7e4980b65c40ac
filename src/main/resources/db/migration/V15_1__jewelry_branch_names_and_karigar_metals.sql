-- Branch names in Marathi and Hindi, for the messages customers read in their language (issue 12);
-- empty = the English name.
ALTER TABLE jewelry_branch ADD COLUMN name_mr VARCHAR(80);
ALTER TABLE jewelry_branch ADD COLUMN name_hi VARCHAR(80);

-- The metals each karigar works, comma-separated: the assignment table suggests the least busy
-- active karigar with the category's skill and the order's metal. A karigar recorded before knows
-- every metal, so his skills alone decide, as before.
ALTER TABLE karigar ADD COLUMN metals VARCHAR(60) DEFAULT 'GOLD,SILVER,PLATINUM' NOT NULL;
