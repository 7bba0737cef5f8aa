package org.crmsocial.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.crmsocial.platform.control.RuleViolation;
import org.junit.jupiter.api.Test;

/**
 * The pages' beans hold view state only: a refusal from a service is shown in one place, {@code
 * platform.boundary.RuleViolationExceptionHandler} (next to a field or in a dialog where the page's
 * command says so), never by a {@code catch} of the bean's own.
 */
class BackingBeansTest {

  private static final JavaClasses PRODUCT =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.crmsocial");

  @Test
  void noBackingBeanCatchesARefusalTheHandlerShows() {
    codeUnits()
        .that()
        .areDeclaredInClassesThat()
        .resideInAPackage("org.crmsocial..boundary..")
        // Servlets are not Faces: they answer a refusal themselves.
        .and()
        .areDeclaredInClassesThat()
        .areNotAssignableTo(jakarta.servlet.http.HttpServlet.class)
        // The tweet history panel shows why it is empty inside itself, with Twitter's failures.
        .and()
        .areDeclaredInClassesThat()
        .doNotHaveSimpleName("TweetHistoryView")
        .should(
            new ArchCondition<JavaCodeUnit>("not catch a RuleViolation") {
              @Override
              public void check(JavaCodeUnit unit, ConditionEvents events) {
                for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                  for (JavaClass caught : block.getCaughtThrowables()) {
                    if (caught.isAssignableTo(RuleViolation.class)) {
                      events.add(
                          SimpleConditionEvent.violated(
                              unit,
                              unit.getFullName()
                                  + " catches "
                                  + caught.getSimpleName()
                                  + ": let RuleViolationExceptionHandler show it"));
                    }
                  }
                }
              }
            })
        .check(PRODUCT);
  }
}
