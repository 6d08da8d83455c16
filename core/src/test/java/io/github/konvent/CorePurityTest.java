package io.github.konvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays pure: no adapter library, no JDBC, no logging, no file or network I/O. */
class CorePurityTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.konvent");

    @Test
    void coreDependsOnNoAdapterLibrary() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "tools.jackson..",
                        "com.fasterxml..",
                        "net.fortuna..",
                        "java.sql..",
                        "javax.sql..",
                        "org.slf4j..",
                        "java.io..",
                        "java.nio.file..",
                        "java.net.http..")
                .because("konvent-core is a pure model: adapters do I/O, logging and formats")
                .check(CORE.that(com.tngtech.archunit.base.DescribedPredicate.not(
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Throwable.class))));
    }
}
