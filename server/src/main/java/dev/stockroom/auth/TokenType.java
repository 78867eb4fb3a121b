package dev.stockroom.auth;

/** Whom a token speaks for: one location (sub-account) or a whole company (agency). */
public enum TokenType {
    LOCATION,
    COMPANY
}
