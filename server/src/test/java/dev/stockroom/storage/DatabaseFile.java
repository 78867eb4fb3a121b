package dev.stockroom.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** SQLite's own checks of a Stockroom database file, run through a connection of the test's own. */
final class DatabaseFile {
    private DatabaseFile() {}

    static Path of(Path dataDir) {
        return dataDir.resolve("stockroom.db");
    }

    /** {@code PRAGMA integrity_check}: {@code [ok]} for a sound file, else every problem found. */
    static List<String> integrityCheck(Path dataDir) {
        return rows(dataDir, "PRAGMA integrity_check");
    }

    /** {@code PRAGMA foreign_key_check}: one row per row whose reference points nowhere; empty when sound. */
    static List<String> foreignKeyCheck(Path dataDir) {
        return rows(dataDir, "PRAGMA foreign_key_check");
    }

    private static List<String> rows(Path dataDir, String sql) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + of(dataDir).toAbsolutePath());
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) row.add(result.getString(i));
                rows.add(String.join("|", row));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot check " + of(dataDir) + ": " + e.getMessage(), e);
        }
    }
}
