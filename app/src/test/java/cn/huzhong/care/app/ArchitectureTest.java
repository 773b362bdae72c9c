package cn.huzhong.care.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rules of ARCHITECTURE.md, over the app's main classes. */
class ArchitectureTest {
    static JavaClasses app;

    @BeforeAll
    static void load() {
        app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.huzhong.care.app");
    }

    @Test
    void app_neverImportsTheServer() {
        noClasses().should().dependOnClassesThat().resideInAPackage("cn.huzhong.care.server..").check(app);
    }

    @Test
    void onlyPlatform_touchesGluonAttach() {
        noClasses().that().resideOutsideOfPackage("cn.huzhong.care.app.platform..")
                .should().dependOnClassesThat().resideInAPackage("com.gluonhq..").check(app);
    }

    @Test
    void onlyDataRemote_touchesOkHttp() {
        noClasses().that().resideOutsideOfPackage("cn.huzhong.care.app.data.remote..")
                .should().dependOnClassesThat().resideInAnyPackage("okhttp3..", "okio..").check(app);
    }

    @Test
    void viewModels_importNoJavafxScene() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel").or().haveSimpleNameEndingWith("UiState")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..").check(app);
    }

    @Test
    void dataAndPlatform_knowNothingOfTheUi() {
        noClasses().that().resideInAnyPackage("cn.huzhong.care.app.data..", "cn.huzhong.care.app.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "cn.huzhong.care.app.feature..",
                        "cn.huzhong.care.app.shell..", "cn.huzhong.care.app.ui..")
                .check(app);
    }

    @Test
    void features_neverImportEachOther() {
        SlicesRuleDefinition.slices().matching("cn.huzhong.care.app.feature.(*)..").should().notDependOnEachOther()
                .check(app);
    }
}
