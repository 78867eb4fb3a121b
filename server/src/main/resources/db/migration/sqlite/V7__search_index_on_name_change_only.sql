-- Re-index a product's name only when it changes: an update that keeps the name (most of them) no longer
-- rewrites its trigrams.
DROP TRIGGER products_name_fts_update;
CREATE TRIGGER products_name_fts_update AFTER UPDATE OF name_folded ON products
WHEN old.name_folded IS NOT new.name_folded BEGIN
    INSERT INTO products_name_fts (products_name_fts, rowid, name_folded) VALUES ('delete', old.seq, old.name_folded);
    INSERT INTO products_name_fts (rowid, name_folded) VALUES (new.seq, new.name_folded);
END;
