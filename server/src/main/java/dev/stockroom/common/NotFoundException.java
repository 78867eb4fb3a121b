package dev.stockroom.common;

import java.util.List;

/** An id that does not exist for the caller's location (foreign ids included). */
public final class NotFoundException extends ApiException {
    public NotFoundException(String message) {
        super(List.of(message));
    }
}
