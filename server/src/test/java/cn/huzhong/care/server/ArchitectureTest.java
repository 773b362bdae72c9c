package cn.huzhong.care.server;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The server's house rules (ARCHITECTURE.md): controllers do HTTP, services and repositories never do. */
class ArchitectureTest {
    static final JavaClasses SERVER = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.huzhong.care.server");

    @Test
    void servicesAndRepositories_doNotImportJavalin() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .check(SERVER);
    }

    @Test
    void controllers_doNotTouchJdbc() {
        noClasses().that().haveSimpleNameEndingWith("Controller")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(SERVER);
    }

    @Test
    void servicesAndRepositories_speakTheDomainNotHttp() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().resideInAPackage("cn.huzhong.care.server.http..")
                .because("services throw domain exceptions (server.errors); only http.ErrorMapping picks statuses")
                .check(SERVER);
    }

    @Test
    void onlyTheHttpLayer_throwsApiException() {
        noClasses().that().resideOutsideOfPackages("cn.huzhong.care.server.http..", "cn.huzhong.care.server")
                .and().haveSimpleNameNotEndingWith("Controller")
                .should().dependOnClassesThat().haveFullyQualifiedName("cn.huzhong.care.server.http.ApiException")
                .check(SERVER);
    }

    @Test
    void sql_livesOnlyInRepositories() {
        noClasses().that().resideOutsideOfPackage("cn.huzhong.care.server.db..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().haveFullyQualifiedName("cn.huzhong.care.server.db.Sql")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.PreparedStatement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.Statement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.ResultSet")
                .because("ARCHITECTURE.md: services hold the rules and transactions, repositories the SQL")
                .check(SERVER);
    }

    @Test
    void repositories_holdNoRules_callNoServices() {
        noClasses().that().haveSimpleNameEndingWith("Repository")
                .should().dependOnClassesThat().haveSimpleNameEndingWith("Service")
                .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Controller")
                .check(SERVER);
    }

    /**
     * "Request" has one meaning per package: in {@code http} and {@code idempotency} an HTTP request; everywhere else
     * it is the service request (服务申请), whose classes all live in the {@code requests} feature package.
     */
    @Test
    void theWordRequest_meansOneThingPerPackage() {
        classes().that().haveSimpleNameContaining("Request")
                .should().resideInAnyPackage("cn.huzhong.care.server.requests..", "cn.huzhong.care.server.http..",
                        "cn.huzhong.care.server.idempotency..")
                .check(SERVER);
        classes().that().resideInAnyPackage("cn.huzhong.care.server.http..", "cn.huzhong.care.server.idempotency..")
                .should().onlyDependOnClassesThat().resideOutsideOfPackage("cn.huzhong.care.server.requests..")
                .check(SERVER);
    }

    @Test
    void server_neverDependsOnTheApp() {
        noClasses().should().dependOnClassesThat().resideInAPackage("cn.huzhong.care.app..").check(SERVER);
    }
}
