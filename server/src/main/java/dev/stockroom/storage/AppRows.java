package dev.stockroom.storage;

import java.time.Instant;

/**
 * Deletes what was issued to an app in a company (access tokens, codes, refresh tokens: tables with the same
 * {@code app_id, company_id, location_id, expires_at} columns) through their {@code (app_id, company_id, location_id)}
 * indexes.
 */
final class AppRows {
    private AppRows() {}

    /** The rows of one location, or all of the company's (the agency's included) when {@code locationId} is null. */
    static int delete(JdbiTransactions tx, String table, String appId, String companyId, String locationId) {
        String sql = "DELETE FROM " + table + " WHERE app_id = :appId AND company_id = :companyId";
        if (locationId == null) {
            return tx.handle().createUpdate(sql).bind("appId", appId).bind("companyId", companyId).execute();
        }
        return tx.handle()
                .createUpdate(sql + " AND location_id = :locationId")
                .bind("appId", appId)
                .bind("companyId", companyId)
                .bind("locationId", locationId)
                .execute();
    }

    static void deleteExpired(JdbiTransactions tx, String table, String appId, String companyId, Instant now) {
        tx.handle()
                .createUpdate("DELETE FROM " + table
                        + " WHERE app_id = :appId AND company_id = :companyId AND expires_at <= :now")
                .bind("appId", appId)
                .bind("companyId", companyId)
                .bind("now", now.toEpochMilli())
                .execute();
    }
}
