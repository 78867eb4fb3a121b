package dev.stockroom.testing;

/** One location of one company, and a client that calls the API with that location's all-scopes token. */
public record Tenant(TestServer server, String companyId, String locationId, String token) {
    public Api api() {
        return new Api(server.baseUrl(), token);
    }

    public Api api(String otherToken) {
        return new Api(server.baseUrl(), otherToken);
    }
}
