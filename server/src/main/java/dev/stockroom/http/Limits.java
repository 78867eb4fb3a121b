package dev.stockroom.http;

/** Size limits on input, so that no request can store unbounded data. Documented in the README. */
final class Limits {
    /** Request line and headers together, in bytes; larger ones get 414 or 431. */
    static final int REQUEST_HEADER_BYTES = 64 * 1024;
    /** Whole request body, in bytes; larger bodies get 413. */
    static final long BODY_BYTES = 1_048_576;
    /** Names, titles, ids and other short strings. */
    static final int SHORT_TEXT = 255;
    /** URLs of images and medias. */
    static final int URL = 2048;
    /** Descriptions. */
    static final int LONG_TEXT = 100_000;
    /** Items in one array of a product (variants, options, medias, taxes, collectionIds). */
    static final int ARRAY_ITEMS = 1000;
    /** Product ids in one collection update. */
    static final int PRODUCT_IDS = 10_000;

    private Limits() {}
}
