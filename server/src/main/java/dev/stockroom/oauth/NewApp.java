package dev.stockroom.oauth;

/** A registered app with its client secret, which is shown this once. */
public record NewApp(App app, String clientSecret) {}
