-- A price belongs to one product and goes with it. The inventory columns are real columns because the inventory
-- list filters and searches on them; the rest of the price is one JSON document (amounts are exact decimals there).
CREATE TABLE prices (
    seq                 INTEGER NOT NULL PRIMARY KEY,
    id                  TEXT    NOT NULL UNIQUE,
    location_id         TEXT    NOT NULL,
    product_id          TEXT    NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    name_folded         TEXT    NOT NULL,
    sku_folded          TEXT,
    track_inventory     INTEGER NOT NULL,
    available_quantity  INTEGER,
    created_at          INTEGER NOT NULL,
    updated_at          INTEGER NOT NULL,
    details             TEXT    NOT NULL
);
CREATE INDEX prices_product ON prices (location_id, product_id, created_at, id);
CREATE INDEX prices_inventory ON prices (location_id, track_inventory, created_at, id);
