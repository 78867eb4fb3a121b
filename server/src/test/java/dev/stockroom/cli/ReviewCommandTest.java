package dev.stockroom.cli;

import static net.javacrumbs.jsonunit.assertj.JsonAssertions.assertThatJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.product.Products;
import dev.stockroom.review.Reviews;
import dev.stockroom.testing.StockroomTest;
import dev.stockroom.testing.Tenant;
import dev.stockroom.testing.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code review create}, run in-process with its output captured, on the database of a running server: the review it
 * seeds is served over HTTP at once.
 */
@StockroomTest
class ReviewCommandTest {

    @Test
    void reviewCreatePrintsOnlyTheNewIdAndTheServerListsTheReviewAtOnce(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");

        Run run = cli(server, "--location", tenant.locationId(), "--product", productId, "--store", "store-1",
                "--rating", "4.5", "--status", "approved", "--headline", "Lovely", "--detail", "Holds heat well",
                "--author", "Ann", "--email", "ann@example.com");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).matches("[0-9a-f]{24}\n");
        assertThat(run.err()).isEmpty();
        assertThatJson(Reviews.list(tenant, "").toString()).isEqualTo("""
                {"data": [{"_id": "%s", "altId": "%s", "productId": "%s", "storeId": "store-1", "rating": 4.5,
                           "status": "approved", "headline": "Lovely", "detail": "Holds heat well",
                           "user": {"name": "Ann", "email": "ann@example.com"}, "reply": [],
                           "createdAt": "${json-unit.any-string}", "updatedAt": "${json-unit.any-string}"}],
                 "total": 1}
                """.formatted(run.out().strip(), tenant.locationId(), productId));
    }

    @Test
    void aMinimalReviewIsPendingWithoutTextsOrAuthor(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");

        Run run = cli(server, "--location", tenant.locationId(), "--product", productId.toUpperCase(Locale.ROOT),
                "--store", "s", "--rating", "3");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThatJson(Reviews.list(tenant, "").path("data").get(0).toString())
                .whenIgnoringPaths("_id", "altId", "createdAt", "updatedAt")
                .isEqualTo("{\"productId\": \"%s\", \"storeId\": \"s\", \"rating\": 3, \"status\": \"pending\", \"reply\": []}"
                        .formatted(productId));
    }

    @Test
    void refusedReviewsPrintOneErrorLineAndNothingOnStandardOutput(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");
        String otherProduct = Products.create(server.newTenant(), "Their mug");

        assertRefused(cli(server, "--location", tenant.locationId(), "--product", productId, "--store", "s",
                "--rating", "6"), "error: rating must not be greater than 5\n");
        assertRefused(cli(server, "--location", tenant.locationId(), "--product", productId, "--store", "s",
                "--rating", "4", "--author", "Ann"), "error: user.email must be an email\n");
        assertRefused(cli(server, "--location", tenant.locationId(), "--product", otherProduct, "--store", "s",
                "--rating", "4"), "error: productId must be a product of this location\n");
        assertRefused(cli(server, "--location", tenant.locationId(), "--product", productId, "--store", "main store",
                "--rating", "4"), "error: storeId must be 1 to 64 letters, digits, hyphens or underscores\n");
        assertThat(Reviews.list(tenant, "").path("total").asLong()).isZero();
    }

    @Test
    void missingOrMalformedFlagsAreUsageErrors(TestServer server) {
        Tenant tenant = server.newTenant();
        String productId = Products.create(tenant, "Mug");

        for (List<String> flags : List.of(
                List.of("--product", productId, "--store", "s", "--rating", "4"),
                List.of("--location", tenant.locationId(), "--product", productId, "--rating", "4"),
                List.of("--location", tenant.locationId(), "--product", productId, "--store", "s", "--rating", "four"),
                List.of("--location", tenant.locationId(), "--product", productId, "--store", "s", "--rating", "4",
                        "--status", "published"))) {
            Run run = cli(server, flags.toArray(String[]::new));
            assertThat(run.exitCode()).as("%s: %s", flags, run.err()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).endsWith("(see 'stockroom review create --help')\n").hasLineCount(1);
        }
        assertThat(Reviews.list(tenant, "").path("total").asLong()).isZero();
    }

    private static void assertRefused(Run run, String error) {
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(error);
    }

    private record Run(int exitCode, String out, String err) {}

    /** {@code review create --data <the server's folder> [--db <its PostgreSQL schema>] ...}. */
    private static Run cli(TestServer server, String... flags) {
        List<String> args = new ArrayList<>(List.of("review", "create", "--data", server.dataDir().toString()));
        if (server.database() != null) args.addAll(List.of("--db", server.database()));
        args.addAll(List.of(flags));
        CommandLine commandLine = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }
}
