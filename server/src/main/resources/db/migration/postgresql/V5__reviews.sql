-- Product reviews. HighLevel's API cannot create them: Stockroom seeds them (POST /stockroom/reviews, review create).
-- Filtered, sorted and counted values are columns; the rest of the review is one JSON document.
-- Deleting a product deletes its reviews.
CREATE TABLE reviews (
    id          TEXT    NOT NULL PRIMARY KEY,
    location_id TEXT    NOT NULL REFERENCES locations (id),
    product_id  TEXT    NOT NULL REFERENCES products (id) ON DELETE CASCADE,
    store_id    TEXT    NOT NULL,
    status      TEXT    NOT NULL,
    rating      DOUBLE PRECISION NOT NULL,
    created_at  BIGINT  NOT NULL,
    updated_at  BIGINT  NOT NULL,
    details     TEXT    NOT NULL
);
-- One index per filter, each ending in the list's order (created_at, id) so a filtered page is read in order.
CREATE INDEX reviews_created ON reviews (location_id, created_at, id);
CREATE INDEX reviews_rating ON reviews (location_id, rating, created_at, id);
CREATE INDEX reviews_store ON reviews (location_id, store_id, created_at, id);
-- Product ids are unique across locations; this index also serves the cascade when a product is deleted.
CREATE INDEX reviews_product ON reviews (product_id, created_at, id);
CREATE INDEX reviews_status ON reviews (location_id, status);
