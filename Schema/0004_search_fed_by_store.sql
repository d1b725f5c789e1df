-- Parley schema, version 4: the full-text index is fed by the store, not by a trigger.
-- A trigger fed article_search one article at a time, and FTS5 writes a segment at the end of every statement
-- that touched it: one segment per article, merged again and again. The store now indexes the articles of a
-- batch with one INSERT ... SELECT just before the batch commits (ParleyStore.batch), so the index is still
-- committed with its articles. Removing an article still removes its entries by the trigger below.
DROP TRIGGER article_search_insert;
