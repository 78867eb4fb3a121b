package dev.stockroom.api;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A product label such as "Featured", with an optional display window. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductLabelDto(String title, String startDate, String endDate) {}
