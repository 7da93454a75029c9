package io.github.c5atlas.dsl;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of the architecture, checked on the compiled classes of core and dsl: core never depends on dsl; no
 * package depends on itself through others; no public type exposes a mutable collection, a setter or a non-final
 * field.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("io.github.c5atlas");

  @Test
  void coreNeverDependsOnTheDsl() {
    noClasses().that().resideInAPackage("io.github.c5atlas.core..")
        .should().dependOnClassesThat().resideInAnyPackage("io.github.c5atlas.dsl..", "io.github.c5atlas.examples..")
        .check(CLASSES);
  }

  @Test
  void thereAreNoPackageCycles() {
    slices().matching("io.github.c5atlas.(**)").should().beFreeOfCycles().check(CLASSES);
  }

  @Test
  void publicFieldsAreFinal() {
    fields().that().arePublic().should().beFinal().check(CLASSES);
  }

  @Test
  void noPublicSetters() {
    noMethods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .should().haveNameMatching("set[A-Z].*").check(CLASSES);
  }

  @Test
  void publicMethodsReturnNoMutableCollection() {
    DescribedPredicate<JavaClass> mutableCollection = DescribedPredicate.describe("a java.util collection type",
        type -> List.of(Collection.class, List.class, Set.class, Map.class).stream()
            .anyMatch(c -> type.isEquivalentTo(c)));
    methods().that().arePublic().and().areDeclaredInClassesThat().arePublic()
        .and().doNotHaveModifier(JavaModifier.SYNTHETIC)
        .should().notHaveRawReturnType(mutableCollection)
        .because("values hand out Guava immutable collections, never a java.util one that looks mutable")
        .check(CLASSES);
  }
}
