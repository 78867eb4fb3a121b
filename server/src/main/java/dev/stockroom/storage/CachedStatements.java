package dev.stockroom.storage;

import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.jdbi.v3.core.statement.DefaultStatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilder;
import org.jdbi.v3.core.statement.StatementBuilderFactory;
import org.jdbi.v3.core.statement.StatementContext;
import org.sqlite.SQLiteConnection;

/**
 * Keeps SQLite's compiled statements per physical connection and reuses them: compiling the SQL was a fifth of the
 * CPU of a product read (bench/results). Neither JDBI nor HikariCP nor the driver does this for SQLite (PostgreSQL's
 * driver caches server-side statements itself). Statements are made on the unwrapped connection, so the pool does
 * not close them when a connection is returned; only one thread uses a pooled connection at a time.
 */
final class CachedStatements implements StatementBuilderFactory {
    private static final int PER_CONNECTION = 256;

    private final Map<SQLiteConnection, Map<String, PreparedStatement>> caches =
            Collections.synchronizedMap(new WeakHashMap<>());

    @Override
    public StatementBuilder createStatementBuilder(Connection connection) {
        return new Builder();
    }

    private final AtomicLong compiled = new AtomicLong();

    /** How many statements were compiled so far (for tests). */
    long compiled() {
        return compiled.get();
    }

    private Map<String, PreparedStatement> cacheOf(SQLiteConnection physical) {
        return caches.computeIfAbsent(physical, key -> new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
                if (size() <= PER_CONNECTION) return false;
                closeQuietly(eldest.getValue());
                return true;
            }
        });
    }

    private final class Builder implements StatementBuilder {
        private final DefaultStatementBuilder plain = new DefaultStatementBuilder();
        /** The SQL each lent statement was made for: JDBI closes with the SQL as written, not as compiled. */
        private final Map<Statement, String> lent = new IdentityHashMap<>();

        @Override
        public Statement create(Connection connection, StatementContext context) throws SQLException {
            return plain.create(connection, context);
        }

        @Override
        public PreparedStatement create(Connection connection, String sql, StatementContext context)
                throws SQLException {
            SQLiteConnection physical = connection.unwrap(SQLiteConnection.class);
            Map<String, PreparedStatement> cache = cacheOf(physical);
            PreparedStatement statement = cache.remove(sql); // taken out while in use
            if (statement == null || statement.isClosed()) {
                statement = physical.prepareStatement(sql);
                compiled.incrementAndGet();
            }
            lent.put(statement, sql);
            return statement;
        }

        @Override
        public CallableStatement createCall(Connection connection, String sql, StatementContext context)
                throws SQLException {
            return plain.createCall(connection, sql, context);
        }

        @Override
        public void close(Connection connection, String writtenSql, Statement statement) throws SQLException {
            String sql = lent.remove(statement);
            if (!(statement instanceof PreparedStatement prepared) || sql == null || connection.isClosed()) {
                statement.close();
                return;
            }
            try {
                prepared.clearBatch();
                prepared.clearParameters();
            } catch (SQLException e) {
                statement.close();
                return;
            }
            PreparedStatement previous = cacheOf(connection.unwrap(SQLiteConnection.class)).put(sql, prepared);
            if (previous != null && previous != prepared) closeQuietly(previous);
        }
    }

    private static void closeQuietly(Statement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // a statement that cannot close is dropped either way
        }
    }
}
