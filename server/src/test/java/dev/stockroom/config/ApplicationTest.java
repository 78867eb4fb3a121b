package dev.stockroom.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.auth.Scope;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composition root's first start. */
class ApplicationTest {
    @Test
    void theFirstStartTokenHoldsTheProductsScopesAndNotTheOAuthOnes(@TempDir Path dataDir) {
        try (Application app = Application.open(ServerConfig.defaults().withDataDir(dataDir), Clock.systemUTC())) {
            Application.Credentials credentials = app.bootstrapIfEmpty(kept -> {}).orElseThrow();

            assertThat(app.tokens().authenticate(credentials.token()).scopes())
                    .isEqualTo(Scope.products())
                    .hasSize(6)
                    .doesNotContain(Scope.OAUTH_READONLY, Scope.OAUTH_WRITE);
        }
    }
}
