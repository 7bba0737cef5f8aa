-- One row that the installer locks (SELECT ... FOR UPDATE) before it looks at what exists, so
-- that servers starting together on an empty database install exactly once: the first to lock
-- creates the organization, the profiles and the super administrator; the others wait, then see
-- them and carry on with what the first made (issue 15 point 3).
CREATE TABLE installation (
    id INTEGER PRIMARY KEY,
    CONSTRAINT installation_single_row CHECK (id = 1)
);
INSERT INTO installation (id) VALUES (1);
