package dev.stockroom.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.api.ProductDto;
import dev.stockroom.api.ProductLabelDto;
import dev.stockroom.api.ProductMediaDto;
import dev.stockroom.api.ProductVariantDto;
import dev.stockroom.api.ProductVariantOptionDto;
import dev.stockroom.api.SeoDto;
import dev.stockroom.common.ObjectIds;
import dev.stockroom.common.Slugs;
import dev.stockroom.product.Label;
import dev.stockroom.product.Media;
import dev.stockroom.product.Product;
import dev.stockroom.product.ProductDetails;
import dev.stockroom.product.ProductDraft;
import dev.stockroom.product.ProductPatch;
import dev.stockroom.product.ProductType;
import dev.stockroom.product.Seo;
import dev.stockroom.product.Variant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Maps HighLevel's product bodies (CreateProductDto, UpdateProductDto) to the domain and products to ProductDto. */
final class ProductJson {
    private static final List<String> PRODUCT_TYPES =
            Arrays.stream(ProductType.values()).map(ProductType::wireValue).toList();
    private static final List<String> MEDIA_TYPES = List.of("image", "video");
    private static final String SLUG_RULE = "must contain only lowercase letters, digits and single hyphens,"
            + " and must not be shaped like an id";

    private ProductJson() {}

    static Parsed<ProductDraft> parseCreate(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String locationId = in.requiredString("locationId", Limits.SHORT_TEXT);
        String name = in.requiredString("name", Limits.SHORT_TEXT);
        ProductType type = in.requiredEnum("productType", ProductType::fromWire, PRODUCT_TYPES);
        Fields fields = new Fields(in);
        in.finish();
        ProductDetails.Builder details = ProductDetails.builder(name, type);
        fields.applyTo(details);
        return new Parsed<>(locationId, new ProductDraft(details.build(), fields.collectionIds.orElse(List.of())));
    }

    /**
     * UpdateProductDto: a field present replaces the stored one (arrays whole), an absent field is kept, null clears
     * an optional field. name, locationId and productType are required here as in the spec.
     */
    static Parsed<ProductPatch> parseUpdate(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String locationId = in.requiredString("locationId", Limits.SHORT_TEXT);
        String name = in.requiredString("name", Limits.SHORT_TEXT);
        ProductType type = in.requiredEnum("productType", ProductType::fromWire, PRODUCT_TYPES);
        Fields fields = new Fields(in);
        // `prices` lists the price ids the product keeps: the product's other prices are deleted (null keeps none).
        Field<List<String>> prices = in.optionalMongoIdArray("prices", Limits.ARRAY_ITEMS);
        in.finish();
        ProductPatch patch = new ProductPatch(
                current -> {
                    ProductDetails.Builder details = current.toBuilder().name(name).productType(type);
                    fields.applyTo(details);
                    return details.build();
                },
                fields.collectionIds.isPresent()
                        ? Optional.of(fields.collectionIds.orElse(List.of()))
                        : Optional.empty(),
                prices.isPresent() ? Optional.of(prices.orElse(List.of())) : Optional.empty());
        return new Parsed<>(locationId, patch);
    }

    /** BulkEditProductDto's fields besides {@code _id} and {@code prices}: no productType, variants or statementDescriptor. */
    private static final List<String> BULK_EDITABLE = List.of("name", "description", "image", "availableInStore",
            "collectionIds", "isLabelEnabled", "isTaxesEnabled", "seo", "slug", "automaticTaxCategoryId",
            "taxInclusive", "taxes", "medias", "label");

    /**
     * One product of a bulk edit (BulkEditProductDto) as a partial update with UpdateProductDto's rules, except that
     * every field is optional: absent keeps, null clears, a value replaces (arrays whole).
     */
    static ProductPatch readBulkEdit(BodyReader body) {
        BodyReader in = body.only(BULK_EDITABLE);
        Field<String> name = in.optionalString("name", Limits.SHORT_TEXT);
        if (name.state() == Field.State.CLEARED || (name.state() == Field.State.VALUE && name.value().isEmpty())) {
            in.error("name", "should not be empty");
        }
        Fields fields = new Fields(in);
        return new ProductPatch(
                current -> {
                    ProductDetails.Builder details = current.toBuilder().name(name.orElse(current.name()));
                    fields.applyTo(details);
                    return details.build();
                },
                fields.collectionIds.isPresent()
                        ? Optional.of(fields.collectionIds.orElse(List.of()))
                        : Optional.empty(),
                Optional.empty());
    }

    /** The optional fields shared by create and update bodies. */
    private static final class Fields {
        final Field<String> description;
        final Field<String> image;
        final Field<String> statementDescriptor;
        final Field<Boolean> availableInStore;
        final Field<List<Media>> medias;
        final Field<List<Variant>> variants;
        final Field<List<String>> collectionIds;
        final Field<Boolean> isTaxesEnabled;
        final Field<List<String>> taxes;
        final Field<String> automaticTaxCategoryId;
        final Field<Boolean> isLabelEnabled;
        final Field<Label> label;
        final Field<String> slug;
        final Field<Seo> seo;
        final Field<Boolean> taxInclusive;

        Fields(BodyReader in) {
            description = in.optionalString("description", Limits.LONG_TEXT);
            image = in.optionalString("image", Limits.URL);
            statementDescriptor = in.optionalString("statementDescriptor", Limits.SHORT_TEXT);
            availableInStore = in.optionalBoolean("availableInStore");
            medias = in.optionalObjectArray("medias", Limits.ARRAY_ITEMS, (media, i) -> readMedia(media));
            variants = in.optionalObjectArray("variants", Limits.ARRAY_ITEMS, (variant, i) -> readVariant(variant));
            collectionIds = in.optionalMongoIdArray("collectionIds", Limits.ARRAY_ITEMS);
            isTaxesEnabled = in.optionalBoolean("isTaxesEnabled");
            taxes = in.optionalStringArray("taxes", Limits.ARRAY_ITEMS, tax -> !tax.isEmpty(), "should not be empty");
            automaticTaxCategoryId = in.optionalString("automaticTaxCategoryId", Limits.SHORT_TEXT);
            isLabelEnabled = in.optionalBoolean("isLabelEnabled");
            label = in.optionalObject("label", ProductJson::readLabel);
            slug = in.optionalString("slug", Slugs.MAX_LENGTH, Slugs::isValid, SLUG_RULE);
            seo = in.optionalObject("seo", ProductJson::readSeo);
            taxInclusive = in.optionalBoolean("taxInclusive");
        }

        /** Null resets a field to its default: empty for lists, false for flags, unset for the rest. */
        void applyTo(ProductDetails.Builder details) {
            description.applyTo(details::description, null);
            image.applyTo(details::image, null);
            statementDescriptor.applyTo(details::statementDescriptor, null);
            availableInStore.applyTo(details::availableInStore, true);
            medias.applyTo(details::medias, List.of());
            variants.applyTo(details::variants, List.of());
            isTaxesEnabled.applyTo(details::isTaxesEnabled, false);
            taxes.applyTo(details::taxes, List.of());
            automaticTaxCategoryId.applyTo(details::automaticTaxCategoryId, null);
            isLabelEnabled.applyTo(details::isLabelEnabled, false);
            label.applyTo(details::label, null);
            slug.applyTo(details::slug, null);
            seo.applyTo(details::seo, null);
            taxInclusive.applyTo(details::taxInclusive, false);
        }
    }

    private static Media readMedia(BodyReader in) {
        String id = in.requiredString("id", Limits.SHORT_TEXT);
        Field<String> title = in.optionalString("title", Limits.SHORT_TEXT);
        String url = in.requiredString("url", Limits.URL);
        String type = in.requiredEnum("type", value -> MEDIA_TYPES.contains(value) ? Optional.of(value) : Optional.empty(),
                MEDIA_TYPES);
        Field<Boolean> isFeatured = in.optionalBoolean("isFeatured");
        return new Media(id, title.orElse(null), url, type, isFeatured.orElse(null), readPriceIds(in));
    }

    /** The seed page sends {@code priceIds} as one id where the schema says a list: both are accepted. */
    private static List<String> readPriceIds(BodyReader in) {
        JsonNode raw = in.raw("priceIds");
        if (raw != null && raw.isTextual()) {
            if (ObjectIds.isValid(raw.textValue())) return List.of(raw.textValue());
            in.error("priceIds", "must be a mongodb id");
            return null;
        }
        return in.optionalMongoIdArray("priceIds", Limits.ARRAY_ITEMS).orElse(null);
    }

    private static Variant readVariant(BodyReader in) {
        String id = in.requiredString("id", Limits.SHORT_TEXT);
        String name = in.requiredString("name", Limits.SHORT_TEXT);
        JsonNode rawOptions = in.raw("options");
        if (rawOptions == null || rawOptions.isNull()) in.error("options", "must be an array");
        Field<List<Variant.VariantOption>> options = in.optionalObjectArray("options", Limits.ARRAY_ITEMS,
                (option, i) -> new Variant.VariantOption(
                        option.requiredString("id", Limits.SHORT_TEXT), option.requiredString("name", Limits.SHORT_TEXT)));
        return new Variant(id, name, options.orElse(List.of()));
    }

    private static Label readLabel(BodyReader in) {
        String title = in.requiredString("title", Limits.SHORT_TEXT);
        Field<String> start = in.optionalString("startDate", 64, WireTimes::isIso8601, "must be a valid ISO 8601 date string");
        Field<String> end = in.optionalString("endDate", 64, WireTimes::isIso8601, "must be a valid ISO 8601 date string");
        return new Label(title, start.orElse(null), end.orElse(null));
    }

    static Seo readSeo(BodyReader in) {
        Field<String> title = in.optionalString("title", Limits.SHORT_TEXT);
        Field<String> description = in.optionalString("description", Limits.LONG_TEXT);
        return new Seo(title.orElse(null), description.orElse(null));
    }

    static SeoDto toDto(Seo seo) {
        return seo == null ? null : new SeoDto(seo.title(), seo.description());
    }

    static ProductDto toDto(Product product) {
        ProductDetails d = product.details();
        return new ProductDto(
                product.id(),
                d.description(),
                d.variants().stream()
                        .map(v -> new ProductVariantDto(v.id(), v.name(), v.options().stream()
                                .map(o -> new ProductVariantOptionDto(o.id(), o.name()))
                                .toList()))
                        .toList(),
                product.locationId(),
                d.name(),
                d.productType().wireValue(),
                d.availableInStore(),
                WireTimes.format(product.createdAt()),
                WireTimes.format(product.updatedAt()),
                d.statementDescriptor(),
                d.image(),
                product.collectionIds(),
                d.isTaxesEnabled(),
                d.taxes(),
                d.automaticTaxCategoryId(),
                d.isLabelEnabled(),
                d.label() == null ? null : new ProductLabelDto(d.label().title(), d.label().startDate(), d.label().endDate()),
                d.slug(),
                toDto(d.seo()),
                d.taxInclusive(),
                d.medias().stream()
                        .map(m -> new ProductMediaDto(m.id(), m.title(), m.url(), m.type(), m.isFeatured(), m.priceIds()))
                        .toList());
    }
}
