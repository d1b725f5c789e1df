-- Parley schema, version 2: articles whose extraction was begun and not finished.
-- A row is committed before an article is extracted and deleted in the transaction that stores it, so a
-- row still 'in_flight' after its run is gone marks an article that stopped that run (a crash, a kill).
-- The next run records it as 'failed' with the reason and goes on; `ingest --retry-failed` tries again.
-- The article itself is kept here, so that a retry needs no source file.
CREATE TABLE ingest_attempt (
    content_hash  TEXT PRIMARY KEY,          -- SHA-256 of the cleaned text, as article.content_hash
    state         TEXT NOT NULL CHECK (state IN ('in_flight', 'failed')),
    reason        TEXT,                      -- why it failed, for a person to read
    run_pid       INTEGER NOT NULL,          -- the process that began it: alive means another run holds it
    run_process_start TEXT,                  -- when that process started (Linux clock ticks after boot), so that
                                             -- a later process given the same id is not taken for it
    started_at    TEXT NOT NULL,             -- ISO 8601 time of the attempt
    origin        TEXT NOT NULL,
    title         TEXT,
    published     TEXT,
    text          TEXT NOT NULL,
    metadata      TEXT NOT NULL DEFAULT '{}'
) WITHOUT ROWID;
