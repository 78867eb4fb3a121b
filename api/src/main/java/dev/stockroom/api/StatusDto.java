package dev.stockroom.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** {@code {"status": true, "message": ...}}: the answer of deletes and of the collection update. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record StatusDto(boolean status, String message) {}
