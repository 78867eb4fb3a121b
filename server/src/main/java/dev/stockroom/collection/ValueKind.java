package dev.stockroom.collection;

/** What a rule field holds, which decides the operators it takes and the type of its value. */
public enum ValueKind {
    /** Compared without regard to letter case. */
    TEXT,
    /** Exact decimals. */
    NUMBER,
    /** Whole numbers. */
    INTEGER,
    /** One of the product types, by wire value. */
    PRODUCT_TYPE,
    BOOLEAN
}
