package dev.stockroom.oauth;

/** The parameters of {@code POST /oauth/token} ({@code GetAccessCodebodyDto}), as sent; any may be null. */
public record TokenRequest(
        String grantType,
        String clientId,
        String clientSecret,
        String code,
        String refreshToken,
        String redirectUri,
        String userType) {}
