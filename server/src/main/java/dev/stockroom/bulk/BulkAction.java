package dev.stockroom.bulk;

import dev.stockroom.price.PriceDetails;
import java.util.List;

/** What a bulk update does to each selected product: BulkUpdateDto's {@code type} and the fields that type uses. */
public sealed interface BulkAction {
    /**
     * {@code bulk-update-price}: every price of the product; either adjustment may be null (left as it is), not both.
     */
    record AdjustPrices(PriceAdjustment price, PriceAdjustment compareAtPrice) implements BulkAction {
        PriceDetails apply(PriceDetails current) {
            return current.withAmounts(
                    price == null ? current.amount() : price.apply(current.amount(), current.currency()),
                    compareAtPrice == null
                            ? current.compareAtPrice()
                            : compareAtPrice.apply(current.compareAtPrice(), current.currency()));
        }
    }

    /** {@code bulk-update-availability}: the product's {@code availableInStore}. */
    record SetAvailability(boolean availableInStore) implements BulkAction {}

    /** {@code bulk-update-product-collection}: adds the products to these manual collections. */
    record AddToCollections(List<String> collectionIds) implements BulkAction {
        public AddToCollections {
            collectionIds = List.copyOf(collectionIds);
        }
    }

    /** {@code bulk-delete-products}. */
    record Delete() implements BulkAction {}

    /** {@code bulk-update-currency}: the currency of every price of the product; amounts are kept as they are. */
    record SetCurrency(String currency) implements BulkAction {}
}
