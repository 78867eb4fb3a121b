package dev.stockroom.bulk;

import dev.stockroom.price.PriceDetails;
import dev.stockroom.product.ProductPatch;
import java.util.List;
import java.util.function.UnaryOperator;

/** One product of a bulk edit: a partial update of the product and of some of its prices. */
public record ProductEdit(String productId, ProductPatch patch, List<PriceEdit> prices) {
    public ProductEdit {
        prices = List.copyOf(prices);
    }

    /** A partial update of one price of the product. */
    public record PriceEdit(String priceId, UnaryOperator<PriceDetails> changes) {}
}
