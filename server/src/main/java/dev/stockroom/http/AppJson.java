package dev.stockroom.http;

import dev.stockroom.oauth.App;
import dev.stockroom.oauth.NewApp;
import java.util.List;

/** A registered app as {@code POST /stockroom/apps} answers it: the only time the client secret is shown. */
final class AppJson {
    private AppJson() {}

    record AppDto(
            String appId,
            String clientId,
            String clientSecret,
            String versionId,
            String companyId,
            String name,
            String target,
            List<String> redirectUris,
            List<String> scopes,
            String createdAt) {}

    static AppDto toDto(NewApp created) {
        App app = created.app();
        return new AppDto(app.id(), app.clientId(), created.clientSecret(), app.versionId(), app.companyId(),
                app.name(), app.target().wireName(), app.redirectUris(), List.copyOf(app.scopes()),
                WireTimes.format(app.createdAt()));
    }
}
