-- What an interaction shows beyond its plain text (issue 19 points 10, 11, 18). The text column
-- stays plain (searched, counted, shown where no rich text exists); text_html is the same text as
-- sanitized HTML where the network sends HTML (Google+ object.content) or the text has links
-- (X entities.urls), and is sanitized again when shown; the attachment columns hold what a
-- Facebook post shares (Graph attachments: a link card, a photo, an event). Rows stored before
-- have none: they show their plain text as before.
ALTER TABLE social_interaction ADD COLUMN text_html VARCHAR(65535);
ALTER TABLE social_interaction ADD COLUMN attachment_type VARCHAR(40);
ALTER TABLE social_interaction ADD COLUMN attachment_title VARCHAR(1000);
ALTER TABLE social_interaction ADD COLUMN attachment_description VARCHAR(4000);
ALTER TABLE social_interaction ADD COLUMN attachment_url VARCHAR(2000);
ALTER TABLE social_interaction ADD COLUMN attachment_image VARCHAR(2000);
