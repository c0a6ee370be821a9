package com.lzp.survey.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The boundaries between features, as executable rules. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("com.lzp.survey");

    @Test
    void statisticsShouldBePureFunctionsOverData() {
        noClasses()
                .that()
                .resideInAPackage("..analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "jakarta.ws.rs..",
                        "org.jboss.resteasy..",
                        "org.jfree..",
                        "org.hibernate..",
                        "jakarta.persistence..",
                        "io.quarkus..",
                        "java.sql..",
                        "com.lzp.survey.collection..",
                        "com.lzp.survey.results..",
                        "com.lzp.survey.chart..")
                .check(CLASSES);
    }

    @Test
    void chartsShouldDependOnTheAnalysisNeverTheReverse() {
        noClasses()
                .that()
                .resideInAPackage("..analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..chart..")
                .check(CLASSES);
    }

    @Test
    void questionnairesShouldNotKnowHowResponsesAreCollectedOrAnalysed() {
        noClasses()
                .that()
                .resideInAPackage("..questionnaire..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..collection..", "..analysis..", "..results..", "..chart..", "..demo..")
                .check(CLASSES);
    }

    @Test
    void collectionShouldNotDependOnAnalysisOrPresentation() {
        noClasses()
                .that()
                .resideInAPackage("..collection..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("..analysis..", "..results..", "..chart..", "..demo..")
                .check(CLASSES);
    }
}
