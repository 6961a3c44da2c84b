package io.collectlite.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Core is the pure domain: no framework, database driver, model runtime or adapter may leak in. */
@AnalyzeClasses(packages = "io.collectlite", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreDependencyRuleTest {
  @ArchTest
  static final ArchRule coreImportsNoFrameworkOrAdapter = noClasses()
      .that().resideInAPackage("io.collectlite..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "java.sql..", "javax.sql..", "org.jdbi..", "com.zaxxer..", "org.flywaydb..", "org.postgresql..",
          "org.sqlite..", "io.javalin..", "jakarta.servlet..", "org.eclipse.jetty..", "ai.onnxruntime..",
          "ai.djl..", "com.cohere..", "io.collectlite.jdbc..", "io.collectlite.http..", "io.collectlite.onnx..",
          "io.collectlite.cohere..");

  @ArchTest
  static final ArchRule coreUsesOnlyItsDeclaredLibraries = noClasses()
      .that().resideInAPackage("io.collectlite..")
      .should().dependOnClassesThat().resideOutsideOfPackages(
          "io.collectlite..", "java..", "javax.annotation..", "javax.crypto..", "com.fasterxml.jackson..", "org.apache.commons.csv..",
          "org.slf4j..");
}
