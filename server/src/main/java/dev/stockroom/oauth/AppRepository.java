package dev.stockroom.oauth;

import java.util.Optional;

/** Registered marketplace apps. */
public interface AppRepository {
    void insert(App app);

    Optional<App> findByClientId(String clientId);

    Optional<App> findById(String appId);
}
