-- Parley schema, version 1. Applied by the migrator in one transaction with its
-- PRAGMA user_version bump; this file is the one source of truth for the tables.

-- One row per distinct article content.
CREATE TABLE article (
    id            INTEGER PRIMARY KEY,
    origin        TEXT NOT NULL,              -- path, or PATH#ID for a JSON record
    title         TEXT,
    published     TEXT,                       -- YYYY-MM-DD, or NULL when unknown
    content_hash  TEXT NOT NULL UNIQUE,       -- SHA-256 of the cleaned text: ingesting twice stores once
    text          TEXT NOT NULL,              -- cleaned main text, paragraphs separated by a blank line
    metadata      TEXT NOT NULL DEFAULT '{}', -- JSON object of the remaining keys
    ingested_at   TEXT NOT NULL
);
CREATE INDEX article_by_published ON article (published);

-- Actors are global: the same person named in two articles is one row.
CREATE TABLE actor (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL,
    normalized_name  TEXT NOT NULL,           -- lower case, accents and punctuation removed
    kind             TEXT NOT NULL CHECK (kind IN ('person', 'country', 'organization', 'group')),
    country          TEXT                     -- ISO 3166-1 alpha-3, or NULL
);
CREATE UNIQUE INDEX actor_identity ON actor (kind, normalized_name, ifnull(country, ''));

CREATE TABLE actor_alias (
    actor_id    INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    normalized  TEXT NOT NULL,
    alias       TEXT NOT NULL,
    PRIMARY KEY (actor_id, normalized)
) WITHOUT ROWID;
CREATE INDEX actor_alias_by_normalized ON actor_alias (normalized);

CREATE TABLE actor_role (
    actor_id    INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    title       TEXT NOT NULL,
    country     TEXT NOT NULL DEFAULT '',     -- '' when the role names no country
    first_seen  TEXT,                         -- publication dates of the articles that gave it
    last_seen   TEXT,
    PRIMARY KEY (actor_id, title, country)
) WITHOUT ROWID;

-- Which actors each article mentions.
CREATE TABLE article_actor (
    article_id  INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    PRIMARY KEY (article_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX article_actor_by_actor ON article_actor (actor_id);

CREATE TABLE meeting (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('meeting', 'talks', 'visit', 'summit', 'call')),
    status          TEXT NOT NULL CHECK (status IN ('occurred', 'planned', 'cancelled', 'postponed')),
    date            TEXT,                     -- first day of the period, YYYY-MM-DD
    date_precision  TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    location        TEXT,
    CHECK ((date IS NULL) = (date_precision IS NULL))
);
CREATE INDEX meeting_by_date ON meeting (date);

-- The meeting's date is repeated here so that "meetings of X, newest first" is one index range.
CREATE TABLE meeting_participant (
    meeting_id  INTEGER NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    actor_id    INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    role        TEXT NOT NULL DEFAULT 'participant',
    date        TEXT,
    PRIMARY KEY (meeting_id, actor_id)
) WITHOUT ROWID;
CREATE INDEX participant_by_actor ON meeting_participant (actor_id, date, meeting_id);

CREATE TABLE statement (
    id              INTEGER PRIMARY KEY,
    act             TEXT NOT NULL CHECK (act IN ('say', 'accuse', 'criticize', 'praise', 'promise', 'demand',
                                                 'deny', 'warn', 'threaten', 'agree', 'reject', 'propose')),
    speaker_id      INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    target_id       INTEGER REFERENCES actor (id) ON DELETE SET NULL,
    quote           TEXT,
    date            TEXT,
    date_precision  TEXT CHECK (date_precision IN ('day', 'month', 'year')),
    CHECK ((date IS NULL) = (date_precision IS NULL))
);
CREATE INDEX statement_by_speaker ON statement (speaker_id, date);
CREATE INDEX statement_by_target ON statement (target_id);
CREATE INDEX statement_by_date ON statement (date);

-- Every meeting and statement points back to the sentence it came from.
CREATE TABLE mention (
    id            INTEGER PRIMARY KEY,
    article_id    INTEGER NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    meeting_id    INTEGER REFERENCES meeting (id) ON DELETE CASCADE,
    statement_id  INTEGER REFERENCES statement (id) ON DELETE CASCADE,
    sentence      TEXT NOT NULL,
    start         INTEGER NOT NULL,           -- UTF-8 byte offsets in article.text
    end           INTEGER NOT NULL,
    CHECK ((meeting_id IS NULL) <> (statement_id IS NULL))
);
CREATE INDEX mention_by_article ON mention (article_id);
CREATE INDEX mention_by_meeting ON mention (meeting_id) WHERE meeting_id IS NOT NULL;
CREATE INDEX mention_by_statement ON mention (statement_id) WHERE statement_id IS NOT NULL;

-- Full-text search over the articles, kept in step by triggers.
CREATE VIRTUAL TABLE article_search USING fts5 (
    title, text, content = 'article', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER article_search_insert AFTER INSERT ON article BEGIN
    INSERT INTO article_search (rowid, title, text) VALUES (new.id, new.title, new.text);
END;
CREATE TRIGGER article_search_delete AFTER DELETE ON article BEGIN
    INSERT INTO article_search (article_search, rowid, title, text) VALUES ('delete', old.id, old.title, old.text);
END;
