package network.applicant.gpt.actions.resume.analysis;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkillDictionaryTests {

	private final SkillDictionary dictionary = SkillDictionary.loadDefault();

	private List<String> names(String text) {
		return this.dictionary.find(text).stream().map((m) -> m.skill().name()).toList();
	}

	@Test
	void findWhenAliasThenCanonicalName() {
		assertThat(names("Ran k8s clusters on Postgres")).containsExactly("Kubernetes", "PostgreSQL");
		assertThat(names("RN with 5 years on the ward")).containsExactly("Registered Nurse");
		assertThat(names("Chartered Professional Accountant (CPA Ontario)")).containsExactly("CPA");
	}

	@Test
	void findWhenJavaScriptThenNotJava() {
		assertThat(names("Frontend work in JavaScript and TypeScript")).containsExactly("JavaScript", "TypeScript");
		assertThat(names("Backend in Java")).containsExactly("Java");
	}

	@Test
	void findWhenReactNativeThenNotReact() {
		assertThat(names("Built apps with React Native")).containsExactly("React Native");
		assertThat(names("Built web apps with React")).containsExactly("React");
	}

	@Test
	void findWhenAmbiguousWordWithContextThenSkill() {
		assertThat(names("Languages: Java, Go, Kotlin")).contains("Go");
		assertThat(names("Statistics in R and Python")).contains("R");
		assertThat(names("Firmware in C for microcontrollers")).contains("C");
		assertThat(names("iOS apps in Swift")).contains("Swift");
		assertThat(names("Big data pipelines with Spark and Scala")).contains("Apache Spark");
		assertThat(names("Tuned Oracle queries and PL/SQL packages")).contains("Oracle Database");
		assertThat(names("Excel pivot tables for month-end reporting")).contains("Excel");
	}

	@Test
	void findWhenAmbiguousWordWithoutContextThenNothing() {
		assertThat(names("Ready to go the extra mile")).doesNotContain("Go");
		assertThat(names("Go to market plans for new customers")).doesNotContain("Go");
		assertThat(names("Led R&D for the product line")).doesNotContain("R");
		assertThat(names("Grade C in the final exam")).doesNotContain("C");
		assertThat(names("A swift response to customer incidents")).doesNotContain("Swift");
		assertThat(names("Sales Manager, Oracle, Austin")).doesNotContain("Oracle Database");
		assertThat(names("I excel at building relationships")).doesNotContain("Excel");
		assertThat(names("Sparked a new initiative; Spark joy")).doesNotContain("Apache Spark");
	}

	@Test
	void findWhenCredentialImpliesAnotherThenImplicationKnown() {
		assertThat(this.dictionary.skill("ALS")).hasValueSatisfying((s) -> assertThat(s.implies()).contains("BLS"));
		assertThat(this.dictionary.skill("CPA")).hasValueSatisfying((s) -> assertThat(s.isCredential()).isTrue());
	}

	@Test
	void loadWhenOnetExtractThenOnetSkillsPresent() {
		assertThat(names("Dashboards in Tableau, data in Snowflake and MongoDB")).contains("Tableau", "Snowflake", "MongoDB");
		assertThat(SkillDictionary.ATTRIBUTION).contains("O*NET 29.2").contains("CC BY 4.0");
	}

}
