package vn.chibo;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.chibo.base.VietnamClock;
import vn.chibo.organization.domain.PartyOrganization;
import vn.chibo.organization.domain.PartyOrganizationRepository;
import vn.chibo.organization.service.OrganizationService;

/** The rules of the code base, checked: a new engineer learns them here and CI keeps them. */
class ArchitectureTest {

    private static final String BASE = Modules.BASE;
    private static final JavaClasses CLASSES = Modules.classes();

    @Test
    void domainDependsOnNeitherServicesNorUi() {
        noClasses()
                .that()
                .resideInAPackage(BASE + "..domain..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(BASE + "..service..", BASE + "..ui..")
                .check(CLASSES);
    }

    @Test
    void servicesNeverDependOnUi() {
        noClasses()
                .that()
                .resideInAPackage(BASE + "..service..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(BASE + "..ui..", BASE + ".layout..")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreUsedOnlyByDomainAndServices() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .onlyHaveDependentClassesThat()
                .resideInAnyPackage(BASE + "..domain..", BASE + "..service..")
                .check(CLASSES);
    }

    @Test
    void repositoriesAreCalledOnlyInsideTransactions() {
        classes()
                .that()
                .areAssignableTo(Repository.class)
                .should()
                .onlyBeAccessed()
                .byClassesThat()
                .areAnnotatedWith(Transactional.class)
                .check(CLASSES);
    }

    @Test
    void featurePackagesHaveNoCycles() {
        slices().matching(BASE + ".(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    /** A dependency of one module on another that goes around the other's API ({@link Modules#allowed}). */
    private static final ArchCondition<JavaClass> REACH_OTHER_MODULES_THROUGH_THEIR_API =
            new ArchCondition<>(
                    "reach another feature only through its service package (its domain types allowed, never its repositories;"
                            + " UI components from the UI; base, document and files shared)") {
                @Override
                public void check(JavaClass c, ConditionEvents events) {
                    for (Dependency d : c.getDirectDependenciesFromSelf()) {
                        if (Modules.allowed(d).isEmpty()) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    }
                }
            };

    @Test
    void featuresReachEachOtherOnlyThroughTheirServices() {
        classes()
                .that()
                .resideInAPackage(BASE + ".*..")
                .should(REACH_OTHER_MODULES_THROUGH_THEIR_API)
                .because("a feature's service owns its transactions and access rules: what goes around it (a"
                        + " repository of another feature) skips both")
                .check(CLASSES);
    }

    @Test
    void theFeatureRuleReportsACrossing() throws ClassNotFoundException {
        Class<?> crossingClass = Class.forName(BASE + ".meeting.service.CrossingForArchitectureTest");
        // with what it reaches: the importer follows no access into other classes (archunit.properties), and the
        // rule must see that the field's type is a repository
        JavaClasses crossing = new ClassFileImporter()
                .importClasses(
                        crossingClass,
                        PartyOrganization.class,
                        PartyOrganizationRepository.class,
                        OrganizationService.class);
        EvaluationResult result = classes()
                .that()
                .belongToAnyOf(crossingClass)
                .should(REACH_OTHER_MODULES_THROUGH_THEIR_API)
                .evaluate(crossing);
        assertThat(result.getFailureReport().getDetails())
                .singleElement()
                .asString()
                .contains("PartyOrganizationRepository")
                .doesNotContain("OrganizationService");
    }

    @Test
    void sharedLibrariesKnowNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        Modules.SHARED.stream().map(m -> BASE + "." + m + "..").toArray(String[]::new))
                .should()
                .dependOnClassesThat(new DescribedPredicate<>("belong to a feature") {
                    @Override
                    public boolean test(JavaClass c) {
                        return Modules.of(c)
                                .filter(m -> !Modules.SHARED.contains(m))
                                .isPresent();
                    }
                })
                .check(CLASSES);
    }

    @Test
    void noFeatureUsesAComposer() {
        classes()
                .that()
                .resideInAnyPackage(Modules.COMPOSERS.stream()
                        .map(m -> BASE + "." + m + "..")
                        .toArray(String[]::new))
                .should()
                .onlyHaveDependentClassesThat(new DescribedPredicate<>("are composers themselves") {
                    @Override
                    public boolean test(JavaClass c) {
                        return Modules.of(c).filter(Modules.COMPOSERS::contains).isPresent();
                    }
                })
                .check(CLASSES);
    }

    @Test
    void everyPublicServiceMethodStatesWhoMayCallIt() {
        methods()
                .that()
                .arePublic()
                .and()
                .areDeclaredInClassesThat()
                .areAnnotatedWith(Service.class)
                .and()
                .areDeclaredInClassesThat()
                .resideOutsideOfPackages(BASE + ".audit..")
                .and()
                .doNotHaveName("organizationOfAccount")
                .and()
                .doNotHaveName("countAccounts")
                .and()
                .doNotHaveName("loadUserByUsername")
                .should()
                .beAnnotatedWith(PreAuthorize.class)
                .because("each service method says who may use it (audit is called only by other services; "
                        + "account counting and lookups serve start-up and the access policy itself)")
                .check(CLASSES);
    }

    /** Methods that read the machine's time or zone instead of the one injected clock. */
    private static final DescribedPredicate<JavaMethodCall> READS_THE_TIME_OR_A_ZONE =
            new DescribedPredicate<>("read the time or a zone other than through the injected java.time.Clock") {
                @Override
                public boolean test(JavaMethodCall call) {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    List<String> params = call.getTarget().getRawParameterTypes().stream()
                            .map(JavaClass::getName)
                            .toList();
                    boolean timeType = owner.startsWith("java.time.") && !owner.equals("java.time.Clock");
                    return (timeType && name.equals("now") && !params.equals(List.of(Clock.class.getName())))
                            || (owner.equals(ZoneId.class.getName())
                                    && (name.equals("of") || name.equals("systemDefault")))
                            || (owner.equals(Clock.class.getName()) && name.startsWith("system"))
                            || (owner.equals(TimeZone.class.getName()) && name.equals("getDefault"))
                            || (owner.equals(System.class.getName()) && name.equals("currentTimeMillis"));
                }
            };

    @Test
    void timeIsReadOnlyFromTheOneInjectedClock() {
        noClasses()
                .that()
                .doNotHaveFullyQualifiedName(VietnamClock.class.getName())
                .should()
                .callMethodWhere(READS_THE_TIME_OR_A_ZONE)
                .orShould()
                .callConstructor(Date.class)
                .because("the product lives in Vietnam time, and CHIBO_CLOCK must move all of it (VietnamClock"
                        + " alone names the zone and asks the system)")
                .check(CLASSES);
    }

    @Test
    void everyRouteStatesWhoMayOpenIt() {
        classes()
                .that()
                .areAnnotatedWith(Route.class)
                .and()
                .areAssignableTo(Component.class)
                .should()
                .beAnnotatedWith(RolesAllowed.class)
                .orShould()
                .beAnnotatedWith(PermitAll.class)
                .orShould()
                .beAnnotatedWith(AnonymousAllowed.class)
                .check(CLASSES);
    }
}
