package dev.stockroom.product;

import java.util.List;

/** An image or video of a product; {@code priceIds} names the prices it illustrates. */
public record Media(String id, String title, String url, String type, Boolean isFeatured, List<String> priceIds) {
    public Media {
        priceIds = priceIds == null ? null : List.copyOf(priceIds);
    }
}
