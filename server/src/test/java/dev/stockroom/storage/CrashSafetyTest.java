package dev.stockroom.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.testing.Api;
import dev.stockroom.testing.ApiResponse;
import dev.stockroom.testing.ServerProcess;
import dev.stockroom.testing.ServerProcess.Credentials;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real server in a child JVM, killed with SIGKILL at random moments while client threads stream writes at it.
 * Whatever the server acknowledged with a 2xx must be there after a restart, exactly as acknowledged, and SQLite
 * must find the file sound.
 */
class CrashSafetyTest {
    private static final int ROUNDS = 5;
    private static final int WRITERS = 4;

    @Test
    void everyAcknowledgedWriteSurvivesSigkillAndTheDatabaseStaysSound(@TempDir Path dataDir) throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        ServerProcess server = ServerProcess.start(dataDir);
        try {
            Credentials credentials = server.credentials();
            WriteLoad load = new WriteLoad(credentials.locationId(), WRITERS, seed);
            for (int round = 1; round <= ROUNDS; round++) {
                String context = "round " + round + " of seed " + seed;
                // Kill after a random number of acknowledged writes: the writers never pause, so some are in flight.
                int killAfter = 5 + random.nextInt(60);
                CountDownLatch acks = new CountDownLatch(killAfter);
                WriteLoad.Run run = load.start(server.baseUrl(), credentials.token(), acks);
                boolean reached = acks.await(30, TimeUnit.SECONDS);
                server.kill();
                List<WriteLoad.Ending> endings = run.await(Duration.ofSeconds(30));
                assertThat(reached).as("%s: %d writes acknowledged before the kill; writers ended %s; server log:%n%s",
                        context, killAfter, endings, server.stderr()).isTrue();
                assertThat(endings).as("%s: how the writers ended", context)
                        .allSatisfy(ending -> assertThat(ending.kind())
                                .isIn(WriteLoad.Ending.Kind.BROKEN, WriteLoad.Ending.Kind.REFUSED));

                server = ServerProcess.start(dataDir);
                Api api = new Api(server.baseUrl(), credentials.token());
                ApiResponse health = api.get("/stockroom/health");
                assertThat(health.status()).as("%s: health after restart: %s", context, health).isEqualTo(200);
                load.verify(server.baseUrl(), credentials.token());
                assertThat(DatabaseFile.integrityCheck(dataDir)).as(context).containsExactly("ok");
                assertThat(DatabaseFile.foreignKeyCheck(dataDir)).as(context).isEmpty();
            }
            assertThat(load.acknowledged()).isGreaterThanOrEqualTo(ROUNDS * 5);
        } finally {
            server.close();
        }
    }
}
