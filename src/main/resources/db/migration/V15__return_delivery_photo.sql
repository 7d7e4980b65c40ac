-- A return opened from a Returned stop shows the delivery boy's photo of the goods (issue 12): the
-- address of that proof of delivery, kept on the return when it is opened.
ALTER TABLE return_case ADD COLUMN delivery_photo_url VARCHAR(200);
