package dev.stockroom.common;

import java.util.List;

/** The body broke one or more validation rules; every violation is listed. */
public final class InvalidInputException extends ApiException {
    public InvalidInputException(List<String> messages) {
        super(messages);
    }

    public InvalidInputException(String message) {
        this(List.of(message));
    }
}
