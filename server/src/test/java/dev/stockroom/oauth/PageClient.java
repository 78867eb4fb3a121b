package dev.stockroom.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser as far as the authorization page needs one, on the JDK's HTTP client: it keeps cookies and posts
 * forms. Redirects are handed back, not followed, so that tests see where the page sends the browser.
 */
public final class PageClient {
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    /** A page: its status, headers and HTML. */
    public record Page(int status, HttpHeaders headers, String body) {
        /** The form's hidden fields (the install link's parameters and the anti-forgery value), unescaped. */
        public Map<String, String> hiddenFields() {
            Map<String, String> fields = new LinkedHashMap<>();
            Matcher matcher = HIDDEN.matcher(body);
            while (matcher.find()) fields.put(matcher.group(1), unescape(matcher.group(2)));
            return fields;
        }

        public String location() {
            return headers.firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + this));
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    public Page open(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    /** Posts the fields, in order, as {@code application/x-www-form-urlencoded}. */
    public Page post(String url, List<Map.Entry<String, String>> fields) {
        String form = fields.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Submits the page's form as a person would: its hidden fields, the chosen locations and the button pressed. */
    public Page submit(String url, Page page, List<String> locationIds, String decision) {
        List<Map.Entry<String, String>> fields = new ArrayList<>(page.hiddenFields().entrySet());
        for (String locationId : locationIds) fields.add(Map.entry("locationId", locationId));
        fields.add(Map.entry("decision", decision));
        return post(url, fields);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
