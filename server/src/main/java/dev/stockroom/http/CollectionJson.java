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
import dev.stockroom.collection.RuleSet;
import dev.stockroom.collection.RulesInput;
import dev.stockroom.collection.SmartRules;
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
     * Create. The spec requires {@code slug}; Stockroom generates it from the name when absent (PRODUCT.md). It takes
     * the update's newer fields too: {@code type}, {@code rules} (read for smart collections only) and
     * {@code productIds}. {@code ruleHash}, {@code ruleVersion} and {@code stats} are server-generated and not read.
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
                        fields.productIds.state() == Field.State.VALUE
                                ? Optional.of(fields.productIds.value())
                                : Optional.empty(),
                        fields.rules));
    }

    /**
     * Update: partial; {@code productIds} replaces a manual collection's products, null empties it. {@code rules}
     * replace a smart collection's rules; absent, it keeps those it has.
     */
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
                Optional.ofNullable(fields.type.orElse(null)),
                fields.productIds.isPresent() ? Optional.of(fields.productIds.orElse(List.of())) : Optional.empty(),
                fields.rules);
        return new Parsed<>(altId, patch);
    }

    /** The body of Stockroom's preview: the location and the rules to try. */
    static Parsed<RuleSet> parsePreview(JsonNode body) {
        BodyReader in = BodyReader.of(body);
        String altId = Alt.fromBody(in);
        RulesInput rules = RuleJson.read(in.raw("rules"));
        if (rules instanceof RulesInput.Invalid invalid) {
            in.addErrors(invalid.errors());
        } else if (!(rules instanceof RulesInput.Valid)) {
            in.error("rules", "should not be empty");
        }
        in.finish();
        return new Parsed<>(altId, ((RulesInput.Valid) rules).rules());
    }

    private static final class Fields {
        final Field<String> slug;
        final Field<String> image;
        final Field<Seo> seo;
        final Field<CollectionType> type;
        final Field<List<String>> productIds;
        final RulesInput rules;

        Fields(BodyReader in) {
            slug = in.optionalString("slug", Slugs.MAX_LENGTH, Slugs::isValid, SLUG_RULE);
            image = in.optionalString("image", Limits.URL);
            seo = in.optionalObject("seo", ProductJson::readSeo);
            type = in.optionalEnum("type", CollectionType::fromWire, TYPES);
            productIds = in.optionalMongoIdArray("productIds", Limits.PRODUCT_IDS);
            rules = RuleJson.read(in.raw("rules"));
        }
    }

    static CollectionDto toDto(Collection collection) {
        CollectionDetails d = collection.details();
        SmartRules smart = collection.smartRules();
        return new CollectionDto(
                collection.id(),
                collection.locationId(),
                d.name(),
                d.slug(),
                d.image() == null ? "" : d.image(), // CollectionSchema requires image and seo
                d.seo() == null ? new SeoDto(null, null) : ProductJson.toDto(d.seo()),
                d.type().wireValue(),
                smart == null ? null : RuleJson.toDto(smart.rules()),
                smart == null ? null : smart.ruleHash(),
                smart == null ? null : smart.ruleVersion(),
                new CollectionStatsDto(
                        collection.productCount(), smart == null ? null : WireTimes.format(smart.evaluatedAt())),
                WireTimes.format(collection.createdAt()),
                WireTimes.format(collection.updatedAt()));
    }
}
