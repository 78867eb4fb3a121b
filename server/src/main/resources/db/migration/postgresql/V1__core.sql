-- pg_trgm lives in public so that schemas (one per test run, or per installation) share it.
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public;

-- Companies (agencies) own locations (sub-accounts); every catalog row belongs to one location.
CREATE TABLE companies (
    id         TEXT    NOT NULL PRIMARY KEY,
    name       TEXT    NOT NULL,
    created_at BIGINT  NOT NULL
);

CREATE TABLE locations (
    id         TEXT    NOT NULL PRIMARY KEY,
    company_id TEXT    NOT NULL REFERENCES companies (id),
    name       TEXT    NOT NULL,
    created_at BIGINT  NOT NULL
);
CREATE INDEX locations_company ON locations (company_id);

-- Only the SHA-256 of a token is kept.
CREATE TABLE tokens (
    token_hash  TEXT    NOT NULL PRIMARY KEY,
    token_type  TEXT    NOT NULL,
    company_id  TEXT    NOT NULL REFERENCES companies (id),
    location_id TEXT    REFERENCES locations (id),
    scopes      TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL
);

-- Filtered and sorted columns are real columns; the rest of the product is one JSON document.
-- seq is a stable integer key for the search index (SQLite may renumber implicit rowids on VACUUM).
CREATE TABLE products (
    seq                BIGSERIAL NOT NULL PRIMARY KEY,
    id                 TEXT    NOT NULL UNIQUE,
    location_id        TEXT    NOT NULL REFERENCES locations (id),
    slug               TEXT    NOT NULL,
    name_folded        TEXT    NOT NULL,
    available_in_store INTEGER NOT NULL,
    created_at         BIGINT  NOT NULL,
    updated_at         BIGINT  NOT NULL,
    details            TEXT    NOT NULL
);
CREATE UNIQUE INDEX products_slug ON products (location_id, slug);
CREATE INDEX products_created ON products (location_id, created_at, id);
CREATE INDEX products_available ON products (location_id, available_in_store, created_at, id);
-- Substring search on names (LIKE '%text%') is served by a trigram index instead of a scan.
CREATE INDEX products_name_trgm ON products USING gin (name_folded public.gin_trgm_ops);

-- Collection ids are unique per location: a client may choose one (CreateProductCollectionsDto.collectionId).
CREATE TABLE collections (
    location_id TEXT    NOT NULL REFERENCES locations (id),
    id          TEXT    NOT NULL,
    slug        TEXT    NOT NULL,
    name_folded TEXT    NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL,
    details     TEXT    NOT NULL,
    PRIMARY KEY (location_id, id)
);
CREATE UNIQUE INDEX collections_slug ON collections (location_id, slug);
CREATE INDEX collections_created ON collections (location_id, created_at, id);
CREATE INDEX collections_name_trgm ON collections USING gin (name_folded public.gin_trgm_ops);

-- The one truth of membership, read from both sides; seq keeps a product's collectionIds in the order given.
-- Deleting either side removes its memberships.
CREATE TABLE product_collections (
    seq           BIGSERIAL NOT NULL PRIMARY KEY,
    location_id   TEXT    NOT NULL,
    product_id    TEXT    NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    collection_id TEXT    NOT NULL,
    FOREIGN KEY (location_id, collection_id) REFERENCES collections (location_id, id) ON DELETE CASCADE
);
CREATE UNIQUE INDEX product_collections_product ON product_collections (location_id, product_id, collection_id);
CREATE INDEX product_collections_collection ON product_collections (location_id, collection_id, product_id);
