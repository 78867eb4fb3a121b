package dev.stockroom.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** An image or video of a product. {@code priceIds} is always written as a list. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProductMediaDto(
        String id,
        String title,
        String url,
        String type,
        @JsonProperty("isFeatured") Boolean isFeatured,
        List<String> priceIds) {}
