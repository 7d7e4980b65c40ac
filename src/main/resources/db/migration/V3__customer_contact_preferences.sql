-- How the customer wants to hear from the shop (K7): language of messages and WhatsApp or SMS.
ALTER TABLE customer_order ADD COLUMN customer_language VARCHAR(5) DEFAULT 'en' NOT NULL;
ALTER TABLE customer_order ADD COLUMN customer_contact_channel VARCHAR(10) DEFAULT 'WHATSAPP' NOT NULL;
