-- One row that the sync's startup locks (SELECT ... FOR UPDATE) before it puts the timers right,
-- so that servers of a cluster starting together do not both create the timer an account lacks
-- (issue 15): the second waits, then finds the first one's timers and keeps them.
CREATE TABLE sync_schedule_lock (
    id INTEGER PRIMARY KEY,
    CONSTRAINT sync_schedule_lock_single_row CHECK (id = 1)
);
INSERT INTO sync_schedule_lock (id) VALUES (1);
