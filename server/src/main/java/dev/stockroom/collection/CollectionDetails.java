package dev.stockroom.collection;

import dev.stockroom.product.Seo;
import java.util.Objects;

/** What a client can write on a collection, besides its products. Null means "not set". */
public record CollectionDetails(String name, String slug, String image, Seo seo, CollectionType type) {
    public CollectionDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public CollectionDetails withSlug(String value) {
        return new CollectionDetails(name, value, image, seo, type);
    }
}
