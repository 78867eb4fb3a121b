package dev.stockroom.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.ServerProcess;
import dev.stockroom.testing.ServerProcess.Credentials;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM to the real server in a child JVM while client threads stream writes at it. */
class GracefulShutdownTest {
    private static final int WRITERS = 4;

    @Test
    void sigtermFinishesInFlightWritesRefusesTheRestAndClosesTheDatabaseCleanly(@TempDir Path dataDir) throws Exception {
        long seed = System.nanoTime();
        Credentials credentials;
        WriteLoad load;
        try (ServerProcess server = ServerProcess.start(dataDir)) {
            credentials = server.credentials();
            load = new WriteLoad(credentials.locationId(), WRITERS, seed);
            CountDownLatch acks = new CountDownLatch(40);
            WriteLoad.Run run = load.start(server.baseUrl(), credentials.token(), acks);
            assertThat(acks.await(30, TimeUnit.SECONDS)).as("writes acknowledged; server log:%n%s", server.stderr()).isTrue();

            // Within the 10 s grace, with room for a slow machine; it takes well under a second here.
            int exitCode = server.stop(Duration.ofSeconds(20));

            List<WriteLoad.Ending> endings = run.await(Duration.ofSeconds(30));
            // Each writer ends at its first write that is not acknowledged: refused with 503 on a connection that
            // was open before the stop, or refused at connect once the server stopped listening.
            assertThat(endings).as("how the writers ended").allSatisfy(ending -> assertThat(
                    ending.kind() == WriteLoad.Ending.Kind.REFUSED
                            || ending.kind() == WriteLoad.Ending.Kind.BROKEN
                            || ending.kind() == WriteLoad.Ending.Kind.STATUS && ending.status() == 503)
                    .as(ending.toString()).isTrue());
            assertThat(exitCode).as("exit code after SIGTERM").isIn(0, 143);
            assertThat(server.stderr()).contains("Stopping: finishing in-flight requests").doesNotContain(" ERROR ");
            // The last connection to close checkpoints the WAL into the database and deletes it.
            assertThat(dataDir.resolve("stockroom.db-wal")).as("WAL left behind: the database was not closed").doesNotExist();
        }

        // A graceful stop leaves nothing in doubt: a write that got no 2xx was not applied.
        load.expectUnansweredWritesNotApplied();
        try (ServerProcess restarted = ServerProcess.start(dataDir)) {
            ApiResponse health = new Api(restarted.baseUrl(), null).get("/stockroom/health");
            assertThat(health.status()).as(health.toString()).isEqualTo(200);
            assertThat(load.verify(restarted.baseUrl(), credentials.token())).isPositive();
            assertThat(DatabaseFile.integrityCheck(dataDir)).containsExactly("ok");
            assertThat(DatabaseFile.foreignKeyCheck(dataDir)).isEmpty();
        }
    }
}
