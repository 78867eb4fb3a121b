package dev.stockroom.storage;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Moves a whole installation between databases (SQLite and PostgreSQL alike): every row of every table, as JSON
 * lines, parents before children. Surrogate keys ({@code seq}) are not carried; rows are written in their order, so
 * the importing database numbers them the same way. Streams, so the catalog never has to fit in memory.
 */
public final class Transfer {
    static final String FORMAT = "stockroom-export";
    /**
     * 3 added smart collections and the product and price columns their rules read; 2 the OAuth tables and the tokens'
     * app and expiry. Older exports still import: a column they lack takes its default, and the columns rules read are
     * then derived from the documents.
     */
    static final int VERSION = 3;

    /**
     * Tables in an order that satisfies every foreign key, with their columns and the order rows are read in.
     * {@code nullableNumbers} are the number columns that may hold null: a batch binds every row of a column as one
     * type, so their nulls are bound as numbers and all other nulls as text.
     */
    private record Table(String name, List<String> columns, String orderBy, Set<String> nullableNumbers) {
        Table(String name, List<String> columns, String orderBy) {
            this(name, columns, orderBy, Set.of());
        }
    }

    private static final List<Table> TABLES = List.of(
            new Table("companies", List.of("id", "name", "created_at"), "id"),
            new Table("locations", List.of("id", "company_id", "name", "created_at"), "id"),
            new Table(
                    "oauth_apps",
                    List.of("id", "client_id", "client_secret_hash", "company_id", "name", "target", "redirect_uris",
                            "scopes", "version_id", "created_at"),
                    "id"),
            new Table(
                    "tokens",
                    List.of("token_hash", "token_type", "company_id", "location_id", "scopes", "created_at", "app_id",
                            "expires_at"),
                    "token_hash",
                    Set.of("expires_at")),
            new Table(
                    "products",
                    List.of("id", "location_id", "slug", "name_folded", "available_in_store", "created_at", "updated_at",
                            "details", "product_type", "option_names"),
                    "seq"),
            new Table(
                    "collections",
                    List.of("location_id", "id", "slug", "name_folded", "created_at", "updated_at", "details", "smart",
                            "rules", "rule_hash", "rule_version", "evaluated_at"),
                    "location_id, id",
                    Set.of("rule_version", "evaluated_at")),
            new Table("product_collections", List.of("location_id", "product_id", "collection_id"), "seq"),
            new Table(
                    "prices",
                    List.of("id", "location_id", "product_id", "name_folded", "sku_folded", "track_inventory",
                            "available_quantity", "created_at", "updated_at", "details", "amount", "compare_at_price"),
                    "seq",
                    Set.of("available_quantity")),
            new Table(
                    "store_products",
                    List.of("location_id", "store_id", "product_id", "included", "priority"),
                    "seq",
                    Set.of("priority")),
            new Table(
                    "reviews",
                    List.of("id", "location_id", "product_id", "store_id", "status", "rating", "created_at",
                            "updated_at", "details"),
                    "id"),
            new Table(
                    "oauth_company_installs",
                    List.of("app_id", "company_id", "scopes", "user_id", "installed_at"),
                    "app_id, company_id"),
            new Table(
                    "oauth_location_installs",
                    List.of("app_id", "location_id", "company_id", "scopes", "user_id", "installed_at"),
                    "app_id, location_id"),
            new Table(
                    "oauth_codes",
                    List.of("code_hash", "app_id", "company_id", "location_id", "scopes", "user_id", "redirect_uri",
                            "expires_at", "created_at"),
                    "code_hash"),
            new Table(
                    "oauth_refresh_tokens",
                    List.of("token_hash", "app_id", "company_id", "location_id", "scopes", "user_id", "expires_at",
                            "created_at"),
                    "token_hash"));

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int BATCH = 500;

    private final JdbiTransactions tx;
    private final Dialect dialect;

    Transfer(JdbiTransactions tx, Dialect dialect) {
        this.tx = tx;
        this.dialect = dialect;
    }

    /** Writes every row; returns the number of rows written. Runs in one read transaction: a consistent snapshot. */
    public long exportTo(OutputStream out) {
        return tx.read(() -> {
            JsonFactory factory = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            try (JsonGenerator json = factory.createGenerator(out).setRootValueSeparator(null)) {
                json.setCodec(JSON);
                json.writeObject(Map.of("format", FORMAT, "version", VERSION));
                json.writeRaw('\n');
                long rows = 0;
                for (Table table : TABLES) {
                    rows += exportTable(json, table);
                }
                json.flush();
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private long exportTable(JsonGenerator json, Table table) {
        String sql = "SELECT " + String.join(", ", table.columns()) + " FROM " + table.name() + " ORDER BY "
                + table.orderBy();
        long[] count = {0};
        tx.handle().createQuery(sql).setFetchSize(BATCH).map((rs, ctx) -> {
            try {
                json.writeStartObject();
                json.writeStringField("table", table.name());
                json.writeObjectFieldStart("row");
                for (String column : table.columns()) {
                    Object value = rs.getObject(column);
                    json.writeFieldName(column);
                    if (value == null) json.writeNull();
                    else if (value instanceof Double real) json.writeNumber(real); // ratings
                    else if (value instanceof Number number) json.writeNumber(number.longValue());
                    else json.writeString(value.toString());
                }
                json.writeEndObject();
                json.writeEndObject();
                json.writeRaw('\n');
                count[0]++;
                return null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).forEach(ignored -> {});
        return count[0];
    }

    /**
     * Reads an export into this database, which must hold no company yet. All or nothing: one transaction. Returns the
     * number of rows read.
     */
    public long importFrom(InputStream in) {
        return tx.write(() -> {
            Handle handle = tx.handle();
            if (handle.createQuery("SELECT 1 FROM companies LIMIT 1").mapTo(Integer.class).findOne().isPresent()) {
                throw new IllegalStateException("the target database is not empty; import needs an empty one");
            }
            try (JsonParser parser = new JsonFactory()
                    .disable(JsonParser.Feature.AUTO_CLOSE_SOURCE)
                    .setCodec(JSON)
                    .createParser(in)) {
                JsonNode header = parser.readValueAsTree();
                int version = header == null ? 0 : header.path("version").asInt();
                if (!FORMAT.equals(header == null ? null : header.path("format").asText())
                        || version < 1 || version > VERSION) {
                    throw new IllegalStateException("not a Stockroom export of version 1 to " + VERSION);
                }
                long rows = importRows(handle, parser);
                if (version < 3) dialect.deriveRuleColumns().forEach(handle::execute);
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static long importRows(Handle handle, JsonParser parser) throws IOException {
        long rows = 0;
        Table current = null;
        List<String> currentColumns = null;
        PreparedBatch batch = null;
        int pending = 0;
        while (parser.nextToken() == JsonToken.START_OBJECT) {
            JsonNode line = parser.readValueAsTree();
            Table table = table(line.path("table").asText());
            JsonNode row = line.path("row");
            // The columns the row carries: an older export lacks newer ones, which then take their defaults.
            List<String> columns = table.columns().stream().filter(row::has).toList();
            if (table != current || !columns.equals(currentColumns) || batch == null) {
                if (batch != null) batch.execute();
                current = table;
                currentColumns = columns;
                batch = handle.prepareBatch("INSERT INTO " + table.name() + " (" + String.join(", ", columns)
                        + ") VALUES (:" + String.join(", :", columns) + ")");
                pending = 0;
            }
            for (String column : columns) {
                JsonNode value = row.path(column);
                boolean isNull = value.isNull() || value.isMissingNode();
                if (isNull && table.nullableNumbers().contains(column)) batch.bind(column, (Long) null);
                else if (isNull) batch.bind(column, (String) null);
                else if (value.isIntegralNumber()) batch.bind(column, value.longValue());
                else if (value.isNumber()) batch.bind(column, value.doubleValue()); // ratings
                else batch.bind(column, value.asText());
            }
            batch.add();
            rows++;
            if (++pending == BATCH) {
                batch.execute();
                batch = null;
            }
        }
        if (batch != null) batch.execute();
        return rows;
    }

    private static Table table(String name) {
        return TABLES.stream()
                .filter(t -> t.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown table in export: " + name));
    }
}
