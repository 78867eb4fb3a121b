-- Companies (agencies) own locations (sub-accounts); every catalog row belongs to one location.
CREATE TABLE companies (
    id         TEXT    NOT NULL PRIMARY KEY,
    name       TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);

CREATE TABLE locations (
    id         TEXT    NOT NULL PRIMARY KEY,
    company_id TEXT    NOT NULL REFERENCES companies (id),
    name       TEXT    NOT NULL,
    created_at INTEGER NOT NULL
);
CREATE INDEX locations_company ON locations (company_id);

-- Only the SHA-256 of a token is kept.
CREATE TABLE tokens (
    token_hash  TEXT    NOT NULL PRIMARY KEY,
    token_type  TEXT    NOT NULL,
    company_id  TEXT    NOT NULL REFERENCES companies (id),
    location_id TEXT    REFERENCES locations (id),
    scopes      TEXT    NOT NULL,
    created_at  INTEGER NOT NULL
);

-- Filtered and sorted columns are real columns; the rest of the product is one JSON document.
-- seq is a stable integer key for the search index (SQLite may renumber implicit rowids on VACUUM).
CREATE TABLE products (
    seq                INTEGER NOT NULL PRIMARY KEY,
    id                 TEXT    NOT NULL UNIQUE,
    location_id        TEXT    NOT NULL REFERENCES locations (id),
    slug               TEXT    NOT NULL,
    name_folded        TEXT    NOT NULL,
    available_in_store INTEGER NOT NULL,
    created_at         INTEGER NOT NULL,
    updated_at         INTEGER NOT NULL,
    details            TEXT    NOT NULL
);
CREATE UNIQUE INDEX products_slug ON products (location_id, slug);
CREATE INDEX products_created ON products (location_id, created_at, id);
CREATE INDEX products_available ON products (location_id, available_in_store, created_at, id);

-- Collection ids are unique per location: a client may choose one (CreateProductCollectionsDto.collectionId).
CREATE TABLE collections (
    location_id TEXT    NOT NULL REFERENCES locations (id),
    id          TEXT    NOT NULL,
    slug        TEXT    NOT NULL,
    name_folded TEXT    NOT NULL,
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    details     TEXT    NOT NULL,
    PRIMARY KEY (location_id, id)
);
CREATE UNIQUE INDEX collections_slug ON collections (location_id, slug);
CREATE INDEX collections_created ON collections (location_id, created_at, id);

-- The one truth of membership, read from both sides; seq keeps a product's collectionIds in the order given.
-- Deleting either side removes its memberships.
CREATE TABLE product_collections (
    seq           INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    location_id   TEXT    NOT NULL,
    product_id    TEXT    NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    collection_id TEXT    NOT NULL,
    FOREIGN KEY (location_id, collection_id) REFERENCES collections (location_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX product_collections_product ON product_collections (location_id, product_id, collection_id);
CREATE INDEX product_collections_collection ON product_collections (location_id, collection_id, product_id);
