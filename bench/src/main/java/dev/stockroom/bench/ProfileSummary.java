package dev.stockroom.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums an async-profiler CPU profile (collapsed stacks: {@code frame;frame;... COUNT} a line) into the parts of a
 * Stockroom request, and prints them as Markdown.
 *
 * <p>Two views: "where the CPU went" gives each sample to the first {@link #KINDS} entry whose marker is in its stack
 * (so the shares add up to 100%); "which step of the request" counts a sample in every step whose marker is in its
 * stack (a sample inside the token lookup is also inside SQLite, say); steps with no sample are left out.
 *
 * <p>Usage: {@code ProfileSummary COLLAPSED_FILE}.
 */
public final class ProfileSummary {
    /** Checked in this order; a sample goes to the first match. */
    static final Map<String, List<String>> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("access log (String.format + logback console appender)",
                List.of("ch/qos/logback", "java/util/Formatter"));
        KINDS.put("SQLite: compiling SQL (sqlite3_prepare, once per statement)", List.of("NativeDB.prepare"));
        KINDS.put("SQLite: BEGIN / COMMIT / autocommit switches",
                List.of("SQLiteConnection.setAutoCommit", "SQLiteConnection.commit", "nsureAutoCommit",
                        "nsureAutocommit", "SQLiteConnection.rollback"));
        KINDS.put("SQLite: running statements, reading rows and column names", List.of("org/sqlite"));
        KINDS.put("JDBI (handles, statement set-up, binding, mapping)", List.of("org/jdbi"));
        KINDS.put("Hikari pool", List.of("com/zaxxer"));
        KINDS.put("Jackson (stored details parse, answer write)", List.of("com/fasterxml"));
        KINDS.put("token hashing (SHA-256)", List.of("MessageDigest", "sun/security"));
        KINDS.put("Stockroom code (other)", List.of("dev/stockroom"));
        KINDS.put("Javalin (routing, context, response)", List.of("io/javalin"));
        KINDS.put("Jetty and kernel networking", List.of("org/eclipse/jetty", "_[k]"));
    }

    /** A marker with {@code &} matches a stack that holds every part. */
    static final Map<String, List<String>> STEPS = new LinkedHashMap<>();

    static {
        STEPS.put("AuthHandler: bearer token -> principal (a SQLite read transaction)", List.of("AuthHandler.handle"));
        STEPS.put("ProductRoutes.get: product by id + answer", List.of("ProductRoutes.get"));
        STEPS.put("  of which ProductService.get (a SQLite read transaction)", List.of("ProductService.get"));
        STEPS.put("ProductRoutes.list: page + total + answer", List.of("ProductRoutes.list"));
        STEPS.put("  of which the page query (ORDER BY created_at LIMIT 20)",
                List.of("JdbiProductRepository.list&ResultIterable.list"));
        STEPS.put("  of which the total (SELECT count(*) over the location)",
                List.of("JdbiProductRepository.list&ResultIterable.one"));
        STEPS.put("ProductRoutes.update: read, write, commit + answer", List.of("ProductRoutes.update"));
        STEPS.put("  of which COMMIT (WAL write and fsync)", List.of("ProductRoutes.update&SQLiteConnection.commit"));
        STEPS.put("the answer (ProductJson.toDto + JSON write)",
                List.of("ProductJson.toDto", "JavalinJackson", "Context.json"));
        STEPS.put("request logger (access log line)", List.of("ch/qos/logback", "java/util/Formatter"));
        STEPS.put("all SQLite work (JDBI + Hikari + driver)", List.of("JdbiTransactions.run"));
    }

    static boolean matches(String stack, String marker) {
        for (String part : marker.split("&")) {
            if (!stack.contains(part)) return false;
        }
        return true;
    }

    private ProfileSummary() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: ProfileSummary COLLAPSED_FILE");
            System.exit(2);
        }
        Map<String, Long> kinds = new LinkedHashMap<>();
        KINDS.keySet().forEach(k -> kinds.put(k, 0L));
        kinds.put("other (JIT, GC, JVM)", 0L);
        Map<String, Long> steps = new LinkedHashMap<>();
        STEPS.keySet().forEach(k -> steps.put(k, 0L));
        long total = 0;
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            int space = line.lastIndexOf(' ');
            if (space < 0) continue;
            String stack = line.substring(0, space);
            long count = Long.parseLong(line.substring(space + 1).strip());
            total += count;
            String kind = KINDS.entrySet().stream()
                    .filter(e -> e.getValue().stream().anyMatch(stack::contains))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse("other (JIT, GC, JVM)");
            kinds.merge(kind, count, Long::sum);
            for (Map.Entry<String, List<String>> step : STEPS.entrySet()) {
                if (step.getValue().stream().anyMatch(m -> matches(stack, m))) steps.merge(step.getKey(), count, Long::sum);
            }
        }
        if (total == 0) {
            System.out.println("(the profile has no samples)");
            return;
        }
        System.out.println("Where the CPU went (" + total + " samples; each sample counted once):");
        System.out.println();
        System.out.println("| part | share |");
        System.out.println("| --- | ---: |");
        for (Map.Entry<String, Long> e : kinds.entrySet()) {
            System.out.printf("| %s | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / total);
        }
        System.out.println();
        System.out.println("Which step of the request (a sample counts in every step it is inside):");
        System.out.println();
        System.out.println("| step | share |");
        System.out.println("| --- | ---: |");
        for (Map.Entry<String, Long> e : steps.entrySet()) {
            if (e.getValue() == 0) continue;
            System.out.printf("| %s | %.1f%% |%n", e.getKey(), 100.0 * e.getValue() / total);
        }
    }
}
