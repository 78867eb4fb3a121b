-- Smart collections keep their rules (normalized JSON), the rules' hash and version, and when they were last evaluated
-- over the whole catalog. smart is the collection's type as a column: catalog writes look up the location's smart
-- collections on every write.
ALTER TABLE collections ADD COLUMN smart INTEGER NOT NULL DEFAULT 0;
ALTER TABLE collections ADD COLUMN rules TEXT;
ALTER TABLE collections ADD COLUMN rule_hash TEXT;
ALTER TABLE collections ADD COLUMN rule_version INTEGER;
ALTER TABLE collections ADD COLUMN evaluated_at BIGINT;
CREATE INDEX collections_smart ON collections (location_id, smart);

-- What rules look at, as columns, so that evaluating rules over a catalog reads no JSON document: the product type
-- (enum name), the variants' option names (a JSON array of strings, null without options), and prices' amounts as
-- exact decimal text. Migration 8.1 (storage/DeriveRuleColumns) fills them for the rows already there.
ALTER TABLE products ADD COLUMN product_type TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN option_names TEXT;

ALTER TABLE prices ADD COLUMN amount TEXT;
ALTER TABLE prices ADD COLUMN compare_at_price TEXT;
