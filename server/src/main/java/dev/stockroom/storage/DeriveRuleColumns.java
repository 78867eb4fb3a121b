package dev.stockroom.storage;

import java.sql.Statement;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 8.1: fills the product and price columns smart collection rules read (added by V8) from the documents of
 * the rows already there. In Java so that it runs the very statements an import of an older export runs
 * ({@link Dialect#deriveRuleColumns}).
 */
final class DeriveRuleColumns implements JavaMigration {
    private final Dialect dialect;

    DeriveRuleColumns(Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("8.1");
    }

    @Override
    public String getDescription() {
        return "derive rule columns";
    }

    @Override
    public Integer getChecksum() {
        return dialect.deriveRuleColumns().hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String sql : dialect.deriveRuleColumns()) statement.execute(sql);
        }
    }
}
