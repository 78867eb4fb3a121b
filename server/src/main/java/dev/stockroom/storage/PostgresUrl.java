package dev.stockroom.storage;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A PostgreSQL location: {@code postgresql://user:pass@host:5432/name?params} (also {@code postgres://}) or a JDBC URL
 * {@code jdbc:postgresql://...}. The password never appears in {@link #toString()}.
 */
public record PostgresUrl(String jdbcUrl, String user, String password) {
    public PostgresUrl {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /** Whether {@code text} names PostgreSQL rather than the embedded database. */
    public static boolean isPostgres(String text) {
        return text.startsWith("postgresql://") || text.startsWith("postgres://") || text.startsWith("jdbc:postgresql:");
    }

    public static PostgresUrl parse(String text) {
        if (text.startsWith("jdbc:postgresql:")) return new PostgresUrl(text, null, null);
        if (!isPostgres(text)) {
            throw new IllegalArgumentException("not a PostgreSQL URL; use postgresql://user:pass@host:5432/name");
        }
        URI uri = URI.create(text);
        if (uri.getHost() == null) throw new IllegalArgumentException("PostgreSQL URL has no host");
        String user = null;
        String password = null;
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            if (parts.length == 2) password = decode(parts[1]);
        }
        String jdbc = "jdbc:postgresql://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
                + (uri.getRawPath() == null ? "" : uri.getRawPath())
                + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        return new PostgresUrl(jdbc, user, password);
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "PostgresUrl[" + jdbcUrl.replaceAll("(?i)password=[^&]*", "password=***") + ", user=" + user + "]";
    }
}
