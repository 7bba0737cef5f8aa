-- The person an interaction is addressed to (S-4): the author of the item it answers (a reply,
-- a comment), or the other party of a private conversation for what the brand sent. A lead's or
-- contact's Social Interactions list shows what its people wrote and what was addressed to them,
-- the brand's replies and messages included; each half is read newest first through its own index.
ALTER TABLE social_interaction ADD COLUMN recipient_id BIGINT;
ALTER TABLE social_interaction ADD CONSTRAINT social_interaction_recipient_fk
    FOREIGN KEY (recipient_id) REFERENCES social_person (id);
CREATE INDEX social_interaction_recipient_idx ON social_interaction (recipient_id, created_at, id);

-- What was stored before: every answer is addressed to the author of the item it answers.
UPDATE social_interaction SET recipient_id = (
    SELECT p.author_id FROM social_interaction p
    WHERE p.network = social_interaction.network AND p.external_id = social_interaction.parent_external_id
      AND (social_interaction.author_id IS NULL OR p.author_id <> social_interaction.author_id))
WHERE parent_external_id IS NOT NULL;
