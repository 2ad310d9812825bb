package backprop;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core stays pure Java: only the browser bridge may touch TeaVM; the core does no I/O. */
class ArchitectureTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("backprop");

    @Test
    void onlyTheBrowserPackageImportsTeaVm() {
        noClasses().that().resideOutsideOfPackage("backprop.browser..")
                .should().dependOnClassesThat().resideInAPackage("org.teavm..")
                .check(MAIN);
    }

    @Test
    void coreHasNoIoThreadsOrJavaUtilRandom() {
        noClasses().that().resideInAnyPackage("backprop.nn..", "backprop.data..", "backprop.experiment..", "backprop.bench..")
                .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.util.concurrent..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Random")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Thread")
                .check(MAIN);
    }

    @Test
    void coreDoesNotDependOnTheShells() {
        noClasses().that().resideInAnyPackage("backprop.nn..", "backprop.data..", "backprop.experiment..")
                .should().dependOnClassesThat().resideInAnyPackage("backprop.browser..", "backprop.cli..")
                .check(MAIN);
    }
}
