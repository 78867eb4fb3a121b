package dev.stockroom.product;

/** Order of lists by creation time. */
public enum SortOrder {
    ASC,
    DESC
}
