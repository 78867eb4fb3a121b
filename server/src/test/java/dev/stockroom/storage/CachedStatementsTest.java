package dev.stockroom.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stockroom.tenant.Company;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CachedStatementsTest {
    @Test
    void aQueryRunAgainReusesItsCompiledStatementAndAnswersAlike() throws IOException {
        try (Database database = Database.openSqlite(Files.createTempDirectory("stockroom-statements"), 1)) {
            database.transactions().write(() -> database.tenants().insertCompany(
                    new Company("CompanyForStatements", "Acme", Instant.EPOCH)));
            long afterWrite = database.compiledStatements();

            for (int i = 0; i < 50; i++) {
                assertThat(database.transactions().read(() -> database.tenants().findCompany("CompanyForStatements")))
                        .hasValueSatisfying(company -> assertThat(company.name()).isEqualTo("Acme"));
                assertThat(database.transactions().read(() -> database.tenants().findCompany("nobody"))).isEmpty();
            }

            assertThat(database.compiledStatements()).isEqualTo(afterWrite + 1); // one SELECT, compiled once
        }
    }
}
