package vn.chibo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The rules of the code base, checked: a new engineer learns them here and CI keeps them. */
class ArchitectureTest {

    private static final String BASE = "vn.chibo";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(BASE);

    @Test
    void domainDependsOnNeitherServicesNorUi() {
        noClasses().that().resideInAPackage(BASE + "..domain..").should().dependOnClassesThat()
                .resideInAnyPackage(BASE + "..service..", BASE + "..ui..").check(CLASSES);
    }

    @Test
    void servicesNeverDependOnUi() {
        noClasses().that().resideInAPackage(BASE + "..service..").should().dependOnClassesThat()
                .resideInAnyPackage(BASE + "..ui..", BASE + ".layout..").check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyByDomainAndServices() {
        classes().that().areAssignableTo(Repository.class).should().onlyHaveDependentClassesThat()
                .resideInAnyPackage(BASE + "..domain..", BASE + "..service..").check(CLASSES);
    }

    @Test
    void repositoriesAreCalledOnlyInsideTransactions() {
        classes().that().areAssignableTo(Repository.class).should().onlyBeAccessed().byClassesThat()
                .areAnnotatedWith(Transactional.class).check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void everyPublicServiceMethodStatesWhoMayCallIt() {
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods().that().arePublic()
                .and().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().areDeclaredInClassesThat().resideOutsideOfPackages(BASE + ".audit..")
                .and().doNotHaveName("organizationOfAccount")
                .and().doNotHaveName("countAccounts")
                .and().doNotHaveName("loadUserByUsername")
                .should().beAnnotatedWith(PreAuthorize.class)
                .because("each service method says who may use it (audit is called only by other services; "
                        + "account counting and lookups serve start-up and the access policy itself)")
                .check(CLASSES);
    }

    @Test
    void everyRouteStatesWhoMayOpenIt() {
        classes().that().areAnnotatedWith(Route.class).and().areAssignableTo(Component.class)
                .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class).check(CLASSES);
    }
}
