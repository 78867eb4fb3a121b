package dev.stockroom.common;

import java.util.List;

/** The write would break a uniqueness rule, such as a slug already used in the location. */
public final class ConflictException extends ApiException {
    public ConflictException(String message) {
        super(List.of(message));
    }
}
