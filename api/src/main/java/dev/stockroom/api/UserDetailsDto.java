package dev.stockroom.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Who wrote a review or a reply ({@code UserDetailsDto}); phone and isCustomer are omitted when unset. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserDetailsDto(
        String name, String email, String phone, @JsonProperty("isCustomer") Boolean isCustomer) {}
