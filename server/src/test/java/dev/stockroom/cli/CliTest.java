package dev.stockroom.cli;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stockroom.cli.Cli.Run;
import dev.stockroom.oauth.OAuthApps;
import dev.stockroom.product.Products;
import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.ServerProcess;
import dev.stockroom.testing.ServerProcess.Credentials;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The command line, run in-process through {@link Main#commandLine()} with its output captured, against the data
 * folder of a real server running in a child JVM: what the commands create must work over HTTP at once.
 */
class CliTest {
    private static final String ID = "[A-Za-z0-9]{20}";
    private static final String TOKEN = "pit-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @TempDir
    static Path dataDir;

    private static ServerProcess server;

    @BeforeAll
    static void startServer() {
        server = ServerProcess.start(dataDir);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) server.close();
    }

    @Test
    void companyCreatePrintsOnlyTheNewCompanyId() {
        Run run = cli("company", "create", "--data", data(), "--name", "Acme");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches(ID + "\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void locationCreatePrintsOnlyTheNewLocationId() {
        String companyId = createCompany();

        Run run = cli("location", "create", "--data", data(), "--company", companyId, "--name", "Main street");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches(ID + "\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void locationTokenCreatedWhileTheServerRunsCreatesAProductOverHttpAtOnce() {
        String locationId = createLocation(createCompany());

        Run run = cli("token", "create", "--data", data(), "--location", locationId,
                "--scopes", "products.readonly,products.write");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches(TOKEN + "\n");
        assertThat(run.err()).isEmpty();
        Api api = new Api(server.baseUrl(), run.out().strip());
        ApiResponse created = api.post("/products/", Products.body(locationId, "Fresh token"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String productId = created.json().path("_id").asText();
        assertThat(api.get("/products/" + productId + "?locationId=" + locationId).status()).isEqualTo(200);
    }

    @Test
    void agencyTokenCreatedWhileTheServerRunsReachesItsCompanysLocationsOnly() {
        String companyId = createCompany();
        String ownLocationId = createLocation(companyId);
        String otherLocationId = createLocation(createCompany());

        Run run = cli("token", "create", "--data", data(), "--company", companyId, "--scopes", "products.write");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).matches(TOKEN + "\n");
        assertThat(run.err()).isEmpty();
        Api agency = new Api(server.baseUrl(), run.out().strip());
        ApiResponse own = agency.post("/products/", Products.body(ownLocationId, "Agency product"));
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(own.json().path("locationId").asText()).isEqualTo(ownLocationId);
        ApiResponse other = agency.post("/products/", Products.body(otherLocationId, "Agency product"));
        assertThat(other.status()).as(other.toString()).isEqualTo(403);
        ApiResponse firstStartLocation =
                agency.post("/products/", Products.body(server.credentials().locationId(), "Agency product"));
        assertThat(firstStartLocation.status()).as(firstStartLocation.toString()).isEqualTo(403);
    }

    @Test
    void locationCreateForAnUnknownCompanyIsRefusedNamingTheCompany() {
        Run run = cli("location", "create", "--data", data(), "--company", "NoSuchCompany0000000", "--name", "Nowhere");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: unknown company: NoSuchCompany0000000\n");
    }

    @Test
    void tokenCreateForAnUnknownLocationIsRefusedNamingTheLocation() {
        Run run = cli("token", "create", "--data", data(), "--location", "NoSuchLocation000000", "--scopes", "products.write");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: unknown location: NoSuchLocation000000\n");
    }

    @Test
    void tokenCreateForAnUnknownCompanyIsRefusedNamingTheCompany() {
        Run run = cli("token", "create", "--data", data(), "--company", "NoSuchCompany0000000", "--scopes", "products.write");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: unknown company: NoSuchCompany0000000\n");
    }

    @Test
    void tokenCreateWithAnUnknownScopeIsRefusedNamingTheScope() {
        String locationId = createLocation(createCompany());

        Run run = cli("token", "create", "--data", data(), "--location", locationId,
                "--scopes", "products.readonly,contacts.write");

        assertThat(run.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("unknown scope 'contacts.write'").hasLineCount(1);
    }

    @Test
    void tokenCreateRefusesTheOAuthScopesWhichBelongToAppsTokens() {
        String locationId = createLocation(createCompany());

        Run run = cli("token", "create", "--data", data(), "--location", locationId, "--scopes", "oauth.readonly");

        assertThat(run.exitCode()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(run.err()).contains("scope 'oauth.readonly' is for apps' tokens only (see 'app create')")
                .hasLineCount(1);
    }

    @Test
    void serveTakesTheOAuthLifetimesFromTheEnvironmentAndFlags(@TempDir Path freshDir) {
        ProcessBuilder command = ServerProcess.java("serve", "--port", "0", "--data", freshDir.toString(),
                "--code-lifetime", "30");
        command.environment().put("STOCKROOM_ACCESS_TOKEN_LIFETIME", "7");

        try (ServerProcess child = ServerProcess.start(freshDir, command)) {
            Credentials credentials = child.credentials();
            Run agency = cli("token", "create", "--data", freshDir.toString(), "--company", credentials.companyId(),
                    "--scopes", "products.readonly");
            OAuthApps.RegisteredApp app = OAuthApps.register(child.baseUrl(), agency.out().strip(),
                    credentials.companyId(), "Location", "https://app.example.com/cb", "products.readonly");
            JsonNode tokens = OAuthApps.tokens(child.baseUrl(), app, "products.readonly",
                    List.of(credentials.locationId()));

            assertThat(tokens.path("expires_in").asLong()).isEqualTo(7);
        }
    }

    @Test
    void companyCreateWithABlankNameIsRefused() {
        Run run = cli("company", "create", "--data", data(), "--name", "  ");

        assertThat(run.exitCode()).isNotZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("error: name must not be empty\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "serve", "company", "company create", "location", "location create", "token", "token create",
        "app", "app create", "app uninstall"})
    void helpPrintsUsageForEveryCommandAndSubcommandAndExitsZero(String command) {
        List<String> args = new ArrayList<>(command.isEmpty() ? List.of() : List.of(command.split(" ")));
        args.add("--help");

        Run run = cli(args.toArray(String[]::new));

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith(("Usage: stockroom " + command).strip() + " ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void versionPrintsOneLineAndExitsZero() {
        Run run = cli("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("stockroom ").hasLineCount(1);
        assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "--bogus",
        "nosuchcommand",
        "",
        "company",
        "serve --bogus",
        "serve --port eighty",
        "company create --name Acme --bogus",
        "company create",
        "location create --name Somewhere",
        "token create --scopes products.write",
        "token create --location a --company b --scopes products.write",
        "token create --location a",
        "token create --location a --scopes oauth.write",
        "app create --name Sync",
        "app uninstall --client-id x",
        "app uninstall --client-id x --location a --company b",
        "serve --access-token-lifetime 0",
        "serve --code-lifetime soon",
    })
    void badUsageGivesExactlyOneLineOnStderrAndExitCode2(String command) {
        Run run = cli(command.isEmpty() ? new String[0] : command.split(" "));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).hasLineCount(1).endsWith("\n");
    }

    @Test
    void badFlagToTheRealProgramPrintsExactlyOneLineOnStderrAndExitsWith2() throws Exception {
        Process process = ServerProcess.java("serve", "--bogus", "--data", data()).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();

        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(out).isEmpty();
        assertThat(err).isEqualTo("Unknown option: '--bogus' (see 'stockroom serve --help')\n");
    }

    @Test
    void companyCreateInTheRealProgramPrintsOnlyTheIdOnStdout() throws Exception {
        Process process = ServerProcess.java("company", "create", "--data", data(), "--name", "Real").start();
        process.getOutputStream().close();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();

        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out).matches(ID + "\n");
        assertThat(createLocation(out.strip())).matches(ID);
    }

    @Test
    void serveTakesHostPortAndDataFolderFromTheEnvironment(@TempDir Path freshDir) {
        ProcessBuilder command = ServerProcess.java("serve");
        command.environment().put("STOCKROOM_HOST", "localhost");
        command.environment().put("STOCKROOM_PORT", "0");
        command.environment().put("STOCKROOM_DATA", freshDir.toString());

        try (ServerProcess server = ServerProcess.start(freshDir, command)) {
            assertThat(server.baseUrl()).startsWith("http://localhost:");
            Credentials credentials = server.credentials();
            ApiResponse listed = server.api().get("/products/?locationId=" + credentials.locationId());
            assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        }
    }

    @Test
    void serveOnAPortInUseExitsWithOneLineNamingThePort(@TempDir Path freshDir) throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            String port = String.valueOf(taken.getLocalPort());
            Process process = ServerProcess.java("serve", "--port", port, "--data", freshDir.toString()).start();
            process.getOutputStream().close();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();

            String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.exitValue()).as(err).isEqualTo(1);
            assertThat(err.lines().filter(line -> line.startsWith("error: ")))
                    .singleElement(as(InstanceOfAssertFactories.STRING))
                    .contains("Port already in use", port);
        }
    }

    /** The class's server started on an empty folder: that was a first start. */
    @Test
    void firstServeStartWritesOwnerOnlyCredentialsThatWork() throws IOException {
        Path file = dataDir.resolve("credentials.json");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Credentials credentials = server.credentials();
        assertThat(credentials.companyId()).matches(ID);
        assertThat(credentials.locationId()).matches(ID);
        assertThat(credentials.token()).matches(TOKEN);
        assertThat(server.stdout()).contains(credentials.companyId(), credentials.locationId(), credentials.token());

        ApiResponse created = server.api().post("/products/", Products.body(credentials.locationId(), "First"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        // The location belongs to the company: an agency token of that company reaches it.
        Run agencyToken = cli("token", "create", "--data", data(),
                "--company", credentials.companyId(), "--scopes", "products.readonly");
        assertThat(agencyToken.exitCode()).as(agencyToken.err()).isZero();
        String productId = created.json().path("_id").asText();
        ApiResponse read = new Api(server.baseUrl(), agencyToken.out().strip())
                .get("/products/" + productId + "?locationId=" + credentials.locationId());
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("name").asText()).isEqualTo("First");
    }

    @Test
    void secondServeStartOnTheSameFolderKeepsTheSameCredentials(@TempDir Path freshDir) throws IOException {
        byte[] firstCredentials;
        String productId;
        try (ServerProcess first = ServerProcess.start(freshDir)) {
            firstCredentials = Files.readAllBytes(freshDir.resolve("credentials.json"));
            productId = first.api()
                    .post("/products/", Products.body(first.credentials().locationId(), "Kept"))
                    .json().path("_id").asText();
            first.stop(Duration.ofSeconds(30));
            assertThat(first.stderr()).contains("Stopping: finishing in-flight requests");
        }

        try (ServerProcess second = ServerProcess.start(freshDir)) {
            assertThat(Files.readAllBytes(freshDir.resolve("credentials.json"))).isEqualTo(firstCredentials);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(freshDir.resolve("credentials.json"))))
                    .isEqualTo("rw-------");
            assertThat(second.stdout()).doesNotContain("First start");
            Credentials credentials = second.credentials();
            ApiResponse read = second.api().get("/products/" + productId + "?locationId=" + credentials.locationId());
            assertThat(read.status()).as(read.toString()).isEqualTo(200);
            assertThat(read.json().path("name").asText()).isEqualTo("Kept");
        }
    }

    private static String data() {
        return dataDir.toString();
    }

    private static String createCompany() {
        Run run = cli("company", "create", "--data", data(), "--name", "Company");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().strip();
    }

    private static String createLocation(String companyId) {
        Run run = cli("location", "create", "--data", data(), "--company", companyId, "--name", "Location");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out().strip();
    }

    private static Run cli(String... args) {
        return Cli.run(args);
    }
}
