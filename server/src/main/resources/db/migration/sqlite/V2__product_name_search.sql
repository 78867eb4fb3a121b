-- Substring search on product names through a trigram index instead of a scan of the location's products.
-- External content: the index stores trigrams only and follows products through triggers.
CREATE VIRTUAL TABLE products_name_fts USING fts5(
    name_folded,
    content = 'products',
    content_rowid = 'seq',
    tokenize = 'trigram'
);
INSERT INTO products_name_fts (rowid, name_folded) SELECT seq, name_folded FROM products;

CREATE TRIGGER products_name_fts_insert AFTER INSERT ON products BEGIN
    INSERT INTO products_name_fts (rowid, name_folded) VALUES (new.seq, new.name_folded);
END;
CREATE TRIGGER products_name_fts_delete AFTER DELETE ON products BEGIN
    INSERT INTO products_name_fts (products_name_fts, rowid, name_folded) VALUES ('delete', old.seq, old.name_folded);
END;
CREATE TRIGGER products_name_fts_update AFTER UPDATE OF name_folded ON products BEGIN
    INSERT INTO products_name_fts (products_name_fts, rowid, name_folded) VALUES ('delete', old.seq, old.name_folded);
    INSERT INTO products_name_fts (rowid, name_folded) VALUES (new.seq, new.name_folded);
END;
