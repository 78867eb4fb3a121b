package dev.stockroom.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.api.CollectionDto;
import dev.stockroom.api.CollectionStatsDto;
import dev.stockroom.api.SeoDto;
import dev.stockroom.collection.Collection;
import dev.stockroom.collection.CollectionDetails;
import dev.stockroom.collection.CollectionDraft;
import dev.stockroom.collection.CollectionPatch;
import dev.stockroom.collection.CollectionType;
import dev.stockroom.common.Slugs;
import dev.stockroom.product.Seo;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps HighLevel's collection bodies (CreateProductCollectionsDto, UpdateProductCollectionsDto and the newer fields
 * of the seed page: type, rules, productIds) to the domain, and collections to CollectionSchema.
 */
final class CollectionJson {
    private static final List<String> TYPES =
            Arrays.stream(CollectionType.values()).map(CollectionType::wireValue).toList();
    private static final String SLUG_RULE = "must contain only lowercase letters, digits and single hyphens,"
            + " and must not be shaped like an id";

    private CollectionJson() {}

    /**
     * Create. The spec requires {@code slug}; Stockroom generates it from the name when absent (PRODUCT.md).
     * {@code rules}, {@code ruleHash}, {@code ruleVersion} and {@code stats} are not read: the last three are
     * server-generated, and rules only mean something to smart collections.
     */
    static Parsed<CollectionDraft> parseCreate(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String altId = Alt.fromBody(in);
        Field<String> requestedId = in.optionalMongoId("collectionId");
        String name = in.requiredString("name", Limits.SHORT_TEXT);
        Fields fields = new Fields(in);
        in.finish();
        CollectionDetails details = new CollectionDetails(
                name,
                fields.slug.orElse(null),
                fields.image.orElse(null),
                fields.seo.orElse(null),
                fields.type.orElse(CollectionType.MANUAL));
        return new Parsed<>(
                altId,
                new CollectionDraft(
                        requestedId.orElse(null) == null ? null : requestedId.value().toLowerCase(Locale.ROOT),
                        details,
                        fields.productIds.orElse(List.of())));
    }

    /** Update: partial; {@code productIds} replaces the collection's products, null empties the collection. */
    static Parsed<CollectionPatch> parseUpdate(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String altId = Alt.fromBody(in);
        Field<String> name = in.optionalString("name", Limits.SHORT_TEXT);
        if (name.state() == Field.State.CLEARED || (name.state() == Field.State.VALUE && name.value().isEmpty())) {
            in.error("name", "should not be empty");
        }
        Fields fields = new Fields(in);
        in.finish();
        CollectionPatch patch = new CollectionPatch(
                current -> new CollectionDetails(
                        name.orElse(current.name()),
                        fields.slug.isPresent() ? fields.slug.value() : current.slug(),
                        fields.image.isPresent() ? fields.image.value() : current.image(),
                        fields.seo.isPresent() ? fields.seo.value() : current.seo(),
                        fields.type.orElse(current.type())),
                fields.productIds.isPresent() ? Optional.of(fields.productIds.orElse(List.of())) : Optional.empty());
        return new Parsed<>(altId, patch);
    }

    private static final class Fields {
        final Field<String> slug;
        final Field<String> image;
        final Field<Seo> seo;
        final Field<CollectionType> type;
        final Field<List<String>> productIds;

        Fields(BodyReader in) {
            slug = in.optionalString("slug", Slugs.MAX_LENGTH, Slugs::isValid, SLUG_RULE);
            image = in.optionalString("image", Limits.URL);
            seo = in.optionalObject("seo", ProductJson::readSeo);
            type = in.optionalEnum("type", CollectionType::fromWire, TYPES);
            productIds = in.optionalMongoIdArray("productIds", Limits.PRODUCT_IDS);
        }
    }

    static CollectionDto toDto(Collection collection) {
        CollectionDetails d = collection.details();
        return new CollectionDto(
                collection.id(),
                collection.locationId(),
                d.name(),
                d.slug(),
                d.image() == null ? "" : d.image(), // CollectionSchema requires image and seo
                d.seo() == null ? new SeoDto(null, null) : ProductJson.toDto(d.seo()),
                d.type().wireValue(),
                new CollectionStatsDto(collection.productCount()),
                WireTimes.format(collection.createdAt()),
                WireTimes.format(collection.updatedAt()));
    }
}
