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
-- exact decimal text.
ALTER TABLE products ADD COLUMN product_type TEXT NOT NULL DEFAULT '';
ALTER TABLE products ADD COLUMN option_names TEXT;
UPDATE products SET
    product_type = json_extract(details, '$.productType'),
    option_names = (
        SELECT NULLIF(json_group_array(json_extract(o.value, '$.name')), '[]')
        FROM json_each(products.details, '$.variants') v, json_each(v.value, '$.options') o);

ALTER TABLE prices ADD COLUMN amount TEXT;
ALTER TABLE prices ADD COLUMN compare_at_price TEXT;
-- -> keeps a number's text as stored (json_extract would turn it into a binary float).
UPDATE prices SET
    amount = CASE WHEN json_type(details, '$.amount') IN ('integer', 'real') THEN details -> '$.amount' END,
    compare_at_price = CASE WHEN json_type(details, '$.compareAtPrice') IN ('integer', 'real')
        THEN details -> '$.compareAtPrice' END;
