package dev.stockroom.product;

import java.util.List;
import java.util.Objects;

/** Everything a client can write on a product, except its collection memberships. Null means "not set". */
public record ProductDetails(
        String name,
        ProductType productType,
        String description,
        String image,
        String statementDescriptor,
        boolean availableInStore,
        List<Media> medias,
        List<Variant> variants,
        boolean isTaxesEnabled,
        List<String> taxes,
        String automaticTaxCategoryId,
        boolean isLabelEnabled,
        Label label,
        String slug,
        Seo seo,
        boolean taxInclusive) {

    public ProductDetails {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(productType, "productType");
        medias = medias == null ? List.of() : List.copyOf(medias);
        variants = variants == null ? List.of() : List.copyOf(variants);
        taxes = taxes == null ? List.of() : List.copyOf(taxes);
    }

    public ProductDetails withSlug(String newSlug) {
        return toBuilder().slug(newSlug).build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A new product's defaults: available in store, no taxes, no label. */
    public static Builder builder(String name, ProductType productType) {
        return new Builder(new ProductDetails(
                name, productType, null, null, null, true, null, null, false, null, null, false, null, null, null,
                false));
    }

    /** Copies with some fields changed; partial updates are applied through it. */
    public static final class Builder {
        private String name;
        private ProductType productType;
        private String description;
        private String image;
        private String statementDescriptor;
        private boolean availableInStore;
        private List<Media> medias;
        private List<Variant> variants;
        private boolean isTaxesEnabled;
        private List<String> taxes;
        private String automaticTaxCategoryId;
        private boolean isLabelEnabled;
        private Label label;
        private String slug;
        private Seo seo;
        private boolean taxInclusive;

        private Builder(ProductDetails from) {
            name = from.name;
            productType = from.productType;
            description = from.description;
            image = from.image;
            statementDescriptor = from.statementDescriptor;
            availableInStore = from.availableInStore;
            medias = from.medias;
            variants = from.variants;
            isTaxesEnabled = from.isTaxesEnabled;
            taxes = from.taxes;
            automaticTaxCategoryId = from.automaticTaxCategoryId;
            isLabelEnabled = from.isLabelEnabled;
            label = from.label;
            slug = from.slug;
            seo = from.seo;
            taxInclusive = from.taxInclusive;
        }

        public Builder name(String value) { name = value; return this; }
        public Builder productType(ProductType value) { productType = value; return this; }
        public Builder description(String value) { description = value; return this; }
        public Builder image(String value) { image = value; return this; }
        public Builder statementDescriptor(String value) { statementDescriptor = value; return this; }
        public Builder availableInStore(boolean value) { availableInStore = value; return this; }
        public Builder medias(List<Media> value) { medias = value; return this; }
        public Builder variants(List<Variant> value) { variants = value; return this; }
        public Builder isTaxesEnabled(boolean value) { isTaxesEnabled = value; return this; }
        public Builder taxes(List<String> value) { taxes = value; return this; }
        public Builder automaticTaxCategoryId(String value) { automaticTaxCategoryId = value; return this; }
        public Builder isLabelEnabled(boolean value) { isLabelEnabled = value; return this; }
        public Builder label(Label value) { label = value; return this; }
        public Builder slug(String value) { slug = value; return this; }
        public Builder seo(Seo value) { seo = value; return this; }
        public Builder taxInclusive(boolean value) { taxInclusive = value; return this; }

        public ProductDetails build() {
            return new ProductDetails(name, productType, description, image, statementDescriptor, availableInStore,
                    medias, variants, isTaxesEnabled, taxes, automaticTaxCategoryId, isLabelEnabled, label, slug,
                    seo, taxInclusive);
        }
    }
}
