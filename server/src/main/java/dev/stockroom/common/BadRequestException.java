package dev.stockroom.common;

import java.util.List;

/** The request itself is malformed: unreadable JSON, a bad query value, a missing header. */
public final class BadRequestException extends ApiException {
    public BadRequestException(String message) {
        super(List.of(message));
    }
}
