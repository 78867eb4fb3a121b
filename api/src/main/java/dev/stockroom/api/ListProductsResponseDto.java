package dev.stockroom.api;

import java.util.List;

/** {@code GET /products/}: a page of products; HighLevel wraps the total in a one-element list. */
public record ListProductsResponseDto(List<ProductDto> products, List<Total> total) {

    /** {@code ListProductsStats}. */
    public record Total(long total) {}

    public static ListProductsResponseDto of(List<ProductDto> products, long total) {
        return new ListProductsResponseDto(products, List.of(new Total(total)));
    }
}
