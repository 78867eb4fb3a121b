package dev.stockroom.testing;

import static org.assertj.core.api.Assertions.fail;

import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP client for tests that sends what HighLevel's clients send (Bearer token, {@code Version} header, JSON) and
 * checks every response of a HighLevel path against HighLevel's OpenAPI: a response that breaks the spec fails the
 * test that received it.
 */
public final class Api {
    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String baseUrl;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public Api(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        if (token != null) headers.put("Authorization", "Bearer " + token);
        headers.put("Version", "2021-07-28");
        headers.put("Content-Type", "application/json");
        headers.put("Accept", "application/json");
    }

    /** A copy with a header set, or removed when {@code value} is null. */
    public Api withHeader(String name, String value) {
        Api copy = new Api(baseUrl, null);
        copy.headers.clear();
        copy.headers.putAll(headers);
        if (value == null) copy.headers.remove(name);
        else copy.headers.put(name, value);
        return copy;
    }

    public ApiResponse get(String pathAndQuery) {
        return send("GET", pathAndQuery, null);
    }

    public ApiResponse delete(String pathAndQuery) {
        return send("DELETE", pathAndQuery, null);
    }

    public ApiResponse post(String pathAndQuery, String body) {
        return send("POST", pathAndQuery, body);
    }

    public ApiResponse put(String pathAndQuery, String body) {
        return send("PUT", pathAndQuery, body);
    }

    public ApiResponse send(String method, String pathAndQuery, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + pathAndQuery))
                .timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        ApiResponse result = new ApiResponse(response.statusCode(), response.headers(), response.body());
        String path = URI.create(pathAndQuery).getRawPath();
        if (Contract.covers(path)) {
            ValidationReport report = Contract.check(
                    method,
                    path,
                    result.status(),
                    response.headers().firstValue("Content-Type").orElse(null),
                    result.body());
            if (report.hasErrors()) {
                fail("%s %s answered %s, which breaks HighLevel's OpenAPI:%n%s",
                        method, pathAndQuery, result, report.getMessages());
            }
        }
        return result;
    }
}
