package dev.stockroom.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlugsTest {
    @Test
    void namesBecomeLowercaseHyphenatedAsciiSlugs() {
        assertThat(Slugs.fromName("Awesome Product")).isEqualTo("awesome-product");
        assertThat(Slugs.fromName("  Café -- Crème!! ")).isEqualTo("cafe-creme");
        assertThat(Slugs.fromName("Straße Øl Łódź Æsir")).isEqualTo("strasse-ol-lodz-aesir");
        assertThat(Slugs.fromName("日本茶")).isEmpty();
    }

    @Test
    void clientSlugsMustBeLowercaseHyphenatedAndNotShapedLikeAnId() {
        assertThat(Slugs.isValid("best-sellers-2")).isTrue();
        assertThat(Slugs.isValid("Best-Sellers")).isFalse();
        assertThat(Slugs.isValid("double--hyphen")).isFalse();
        assertThat(Slugs.isValid("-leading")).isFalse();
        assertThat(Slugs.isValid("6578278e879ad2646715ba9c")).isFalse();
        assertThat(Slugs.isValid("a".repeat(256))).isFalse();
    }
}
