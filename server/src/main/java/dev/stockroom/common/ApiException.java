package dev.stockroom.common;

import java.util.List;

/** A refusal to show the client. Carries no HTTP status: {@code http.ErrorMapper} owns those. */
public abstract sealed class ApiException extends RuntimeException
        permits InvalidInputException,
                BadRequestException,
                NotFoundException,
                UnauthorizedException,
                ForbiddenException,
                ConflictException,
                UnavailableException {

    private final List<String> messages;

    protected ApiException(List<String> messages) {
        super(String.join("; ", messages), null, false, false);
        this.messages = List.copyOf(messages);
    }

    public List<String> messages() {
        return messages;
    }
}
