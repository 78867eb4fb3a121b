package dev.stockroom;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Javalin only in http (and the composition root), JDBI and JDBC only in storage; the domain knows neither. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.stockroom");

    @Test
    void onlyHttpAndTheCompositionRootUseJavalin() {
        noClasses()
                .that()
                .resideOutsideOfPackages("dev.stockroom.http..", "dev.stockroom.config..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "org.eclipse.jetty..")
                .check(CLASSES);
    }

    @Test
    void onlyStorageUsesJdbiOrJdbc() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.stockroom.storage..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.jdbi..", "java.sql..", "org.sqlite..", "org.flywaydb..", "com.zaxxer..")
                .check(CLASSES);
    }

    @Test
    void domainPackagesDoNotReachIntoHttpStorageOrCli() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.stockroom.product..",
                        "dev.stockroom.collection..",
                        "dev.stockroom.store..",
                        "dev.stockroom.review..",
                        "dev.stockroom.auth..",
                        "dev.stockroom.oauth..",
                        "dev.stockroom.tenant..",
                        "dev.stockroom.common..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.stockroom.http..", "dev.stockroom.storage..", "dev.stockroom.cli..", "dev.stockroom.config..")
                .check(CLASSES);
    }
}
