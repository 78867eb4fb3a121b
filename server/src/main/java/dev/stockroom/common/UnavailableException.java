package dev.stockroom.common;

import java.util.List;

/** The server cannot take the request now (for example every database connection stayed busy); retry later. */
public final class UnavailableException extends ApiException {
    public UnavailableException(String message) {
        super(List.of(message));
    }
}
