-- The children of a page of items (the Social tab's comments and replies) and the stored comment
-- counts of a page of posts are looked up with an IN list of parent ids. H2 uses an index for an IN
-- list only on the index's first column: with (network, parent_external_id) it read every row of the
-- network (a Social tab page of a 1M-item stream took minutes at 16 sessions). Parent first serves
-- both H2 and PostgreSQL.
DROP INDEX social_interaction_parent_idx;
CREATE INDEX social_interaction_parent_idx ON social_interaction (parent_external_id, network);
