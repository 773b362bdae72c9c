package cn.huzhong.care.core.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** core is the shared language: no JavaFX, no Javalin, no OkHttp, no JDBC, nothing of ours. */
class CoreArchitectureTest {
    static final JavaClasses CORE = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.huzhong.care.core");

    @Test
    void core_dependsOnNoFrameworkAndNoOtherModule() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.javalin..", "okhttp3..", "java.sql..",
                "com.gluonhq..", "cn.huzhong.care.server..", "cn.huzhong.care.app..").check(CORE);
    }
}
