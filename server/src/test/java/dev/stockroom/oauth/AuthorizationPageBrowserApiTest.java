package dev.stockroom.oauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.testing.Chromium;
import dev.stockroom.testing.RedirectReceiver;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The authorization page in a real browser (headless Chromium, no script on the page): a person picks a location,
 * approves, and lands on the app's redirect URI with a code the app can exchange.
 */
@StockroomTest
class AuthorizationPageBrowserApiTest {
    private static final Duration WAIT = Duration.ofSeconds(20);

    @Test
    void aPersonPicksALocationApprovesAndLandsOnTheRedirectUriWithACode(TestServer server) {
        Tenant tenant = server.newTenant();
        Tenant chosen = server.newLocation(tenant.companyId());
        try (RedirectReceiver receiver = new RedirectReceiver(); Chromium chromium = Chromium.start()) {
            OAuthApps.RegisteredApp app = OAuthApps.register(server, tenant.companyId(), "Location", receiver.uri(),
                    "products.readonly", "products.write");
            WebDriver browser = chromium.driver();
            String link = OAuthApps.installLink(server.baseUrl(), app, "products.readonly", "from-the-browser");
            browser.get(link);
            assertThat(browser.getTitle()).isEqualTo("Install Catalog sync · Stockroom");

            // Approving without a choice: the browser's own form check keeps the person on the page.
            browser.findElement(By.cssSelector("button[value=allow]")).click();
            assertThat(browser.getCurrentUrl()).isEqualTo(link);
            assertThat(receiver.hasPending()).isFalse();

            browser.findElement(By.cssSelector("input[name=locationId][value='" + chosen.locationId() + "']")).click();
            browser.findElement(By.cssSelector("button[value=allow]")).click();
            new WebDriverWait(browser, WAIT).until(page -> page.getCurrentUrl().startsWith(receiver.uri()));

            assertThat(browser.findElement(By.tagName("p")).getText()).isEqualTo("The app received the redirect.");
            URI landed = URI.create(browser.getCurrentUrl());
            assertThat(receiver.next()).isEqualTo(URI.create(landed.getRawPath() + "?" + landed.getRawQuery()));
            Map<String, String> received = OAuthApps.query(landed);
            assertThat(received.get("state")).isEqualTo("from-the-browser");
            JsonNode tokens = OAuthApps.exchange(server.baseUrl(), app, received.get("code")).json();
            assertThat(tokens.path("locationId").asText()).isEqualTo(chosen.locationId());
        }
    }

    @Test
    void cancellingLandsOnTheRedirectUriWithAccessDenied(TestServer server) {
        Tenant tenant = server.newTenant();
        try (RedirectReceiver receiver = new RedirectReceiver(); Chromium chromium = Chromium.start()) {
            OAuthApps.RegisteredApp app = OAuthApps.register(server, tenant.companyId(), "Location", receiver.uri(),
                    "products.readonly");
            WebDriver browser = chromium.driver();
            browser.get(OAuthApps.installLink(server.baseUrl(), app, "products.readonly", null));

            browser.findElement(By.cssSelector("button[value=deny]")).click();
            new WebDriverWait(browser, WAIT).until(page -> page.getCurrentUrl().startsWith(receiver.uri()));

            assertThat(OAuthApps.query(receiver.next())).isEqualTo(Map.of("error", "access_denied"));
        }
    }
}
