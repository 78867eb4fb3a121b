-- Deleting a product finds its prices and memberships by product id alone (the foreign keys' ON DELETE CASCADE).
-- The other indexes of both tables lead with location_id, so without these each deleted product scanned both tables
-- and a bulk delete grew with the square of its size.
CREATE INDEX prices_product_id ON prices (product_id);
CREATE INDEX product_collections_product_id ON product_collections (product_id);
