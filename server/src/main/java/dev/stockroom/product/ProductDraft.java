package dev.stockroom.product;

import java.util.List;

/** What a create request asks for. A null slug is generated from the name. */
public record ProductDraft(ProductDetails details, List<String> collectionIds) {
    public ProductDraft {
        collectionIds = List.copyOf(collectionIds);
    }
}
