-- HighLevel's storefront: which products each store includes, and their display priorities. Store ids are the
-- client's, scoped by location. A product a store's writes never named has no row: not included, no priority.
-- seq keeps rows in the order they were written (export order, the same on every backend).
CREATE TABLE store_products (
    seq         BIGSERIAL NOT NULL PRIMARY KEY,
    location_id TEXT    NOT NULL,
    store_id    TEXT    NOT NULL,
    product_id  TEXT    NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    included    INTEGER NOT NULL,
    priority    INTEGER
);
-- The store filter and the display order look up (location, store, product); stats count a store's included rows.
CREATE UNIQUE INDEX store_products_key ON store_products (location_id, store_id, product_id);
CREATE INDEX store_products_included ON store_products (location_id, store_id, included, priority);
-- Deleting a product finds its store rows.
CREATE INDEX store_products_product ON store_products (product_id);
