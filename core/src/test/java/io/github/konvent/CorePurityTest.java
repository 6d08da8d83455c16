package io.github.konvent;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

/** The core stays pure: no adapter library, no JDBC, no logging, no file or network I/O. */
class CorePurityTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.github.konvent");

    @Test
    void coreDependsOnNoAdapterLibrary() {
        noClasses()
                .that(not(assignableTo(Throwable.class)))
                .should()
                .dependOnClassesThat(resideInAnyPackage(
                                "tools.jackson..",
                                "com.fasterxml..",
                                "net.fortuna..",
                                "java.sql..",
                                "javax.sql..",
                                "org.slf4j..",
                                "java.io..",
                                "java.nio.file..",
                                "java.net.http..")
                        // a marker interface, not I/O
                        .and(not(equivalentTo(Serializable.class)))
                        // parameter types of the format interface (spi): core never reads or writes
                        .and(not(equivalentTo(InputStream.class)))
                        .and(not(equivalentTo(OutputStream.class)))
                        .and(not(equivalentTo(IOException.class))))
                .because("konvent-core is a pure model: adapters do I/O, logging and formats")
                .check(CORE);
    }

    @Test
    void onlyTheFormatInterfaceNamesStreams() {
        noClasses()
                .that(not(resideInAnyPackage("io.github.konvent.spi..")))
                .should()
                .dependOnClassesThat(resideInAnyPackage("java.io..").and(not(equivalentTo(Serializable.class))))
                .because("only the spi names streams, as parameter types")
                .check(CORE);
    }

    @Test
    void coreUsesNoReflection() {
        noClasses()
                .should()
                .dependOnClassesThat(resideInAnyPackage("java.lang.reflect.."))
                .because("core merges, checks and builds values through their own methods, never by reflection")
                .check(CORE);
    }
}
