-- The feed sync (DESIGN.md §4): the marker of the newest item of a read that has not reached the
-- committed marker yet. It becomes since_marker only when the whole newer range is stored, so a run
-- that fails midway continues from backfill_cursor next time and loses nothing.
ALTER TABLE sync_cursor ADD COLUMN pending_marker VARCHAR(200);
-- Why next_attempt_at is set: RATE_LIMIT (the network's reset time, honoured even by Sync now) or
-- BACKOFF (exponential back-off after failures).
ALTER TABLE sync_cursor ADD COLUMN wait_reason VARCHAR(20);
-- The sync looks up a page's items by external id (IN list) before storing it; H2 uses an index for
-- an IN list only on its first column, so (network, external_id) alone would scan the network.
CREATE INDEX social_interaction_external_idx ON social_interaction (external_id);
