package dev.stockroom.common;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/** The body broke one or more validation rules; every violation is listed. */
public final class InvalidInputException extends ApiException {
    public InvalidInputException(List<String> messages) {
        super(messages);
    }

    public InvalidInputException(String message) {
        this(List.of(message));
    }

    /** Refuses the request when {@code ids} is not empty, one message per id in sorted order: prefix + id. */
    public static void refuseAny(Collection<String> ids, String prefix) {
        if (!ids.isEmpty()) throw new InvalidInputException(new TreeSet<>(ids).stream().map(id -> prefix + id).toList());
    }
}
