package org.accords;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Feature packages depend on each other in one direction only.
 */
@AnalyzeClasses(packages = "org.accords", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

	@ArchTest
	static final ArchRule featurePackagesHaveNoCycles = slices().matching("org.accords.(*)..")
		.should()
		.beFreeOfCycles();

	/**
	 * The request path runs one way: the HTTP transport asks the guards, which know
	 * nothing of HTTP requests (the subscription transports use them too).
	 */
	@ArchTest
	static final ArchRule guardsKnowNoTransport = noClasses().that()
		.resideInAPackage("org.accords.graphql.guard..")
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage("org.accords.graphql.http..", "jakarta.servlet..");

	@ArchTest
	static final ArchRule pagingAndIdsDoNotDependOnTheApiPackage = noClasses().that()
		.resideInAPackage("org.accords.paging..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.accords.graphql..");

	@ArchTest
	static final ArchRule factStoreDoesNotDependOnTheApiPackage = noClasses().that()
		.haveFullyQualifiedName("org.accords.store.FactStore")
		.should()
		.dependOnClassesThat()
		.resideInAPackage("org.accords.graphql..");

}
