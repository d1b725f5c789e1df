-- Parley schema, version 3: what identity rests on.

-- The countries each actor was given, weighed by the articles that gave them: an actor's country is the
-- heaviest, so one article's outlier does not make a second person or move the first.
CREATE TABLE actor_country (
    actor_id  INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    country   TEXT NOT NULL,
    weight    INTEGER NOT NULL,
    PRIMARY KEY (actor_id, country)
) WITHOUT ROWID;
INSERT INTO actor_country (actor_id, country, weight)
    SELECT a.id, a.country, max(1, (SELECT count(*) FROM article_actor aa WHERE aa.actor_id = a.id))
    FROM actor a WHERE a.country IS NOT NULL;

-- A person's full names may now be shared across countries: one person, one row.
DROP INDEX actor_identity;
CREATE INDEX actor_by_name ON actor (kind, normalized_name);

-- The name each article gave an actor: facts are shown with the names their own article used, though the
-- actor is one across articles ("EU" here, "European Union" there).
ALTER TABLE article_actor ADD COLUMN name TEXT;

-- Identity decisions a user made (`actors merge`, `actors split`): the name, of that kind, always means
-- this actor, whatever later articles say. They outlive the merged actors' rows.
CREATE TABLE actor_identity_rule (
    kind        TEXT NOT NULL,
    normalized  TEXT NOT NULL,
    actor_id    INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    PRIMARY KEY (kind, normalized)
) WITHOUT ROWID;

-- Where merged actors' names went: `actor NAME` explains a merge by the names and roles it joined.
CREATE TABLE actor_merge (
    actor_id     INTEGER NOT NULL REFERENCES actor (id) ON DELETE CASCADE,
    merged_name  TEXT NOT NULL,
    merged_country TEXT,
    reason       TEXT NOT NULL,
    PRIMARY KEY (actor_id, merged_name)
) WITHOUT ROWID;
