package network.applicant.gpt.actions.jobs;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocationResolverTests {

	private final LocationResolver resolver = new LocationResolver(
			Map.of("springfield", new Places.City("Springfield", "US", "US:illinois"))::get);

	@Test
	void resolveWhenCityThenCityRegionAndCountry() {
		assertThat(this.resolver.resolve("London")).isEqualTo(new LocationResolver.Resolved("GB", "GB:england", "london", false, true));
		assertThat(this.resolver.resolve("Toronto, ON")).isEqualTo(new LocationResolver.Resolved("CA", "CA:ontario", "toronto", false, true));
		assertThat(this.resolver.resolve("San Francisco, CA")).isEqualTo(new LocationResolver.Resolved("US", "US:california", "san francisco", false, true));
		assertThat(this.resolver.resolve("Manchester, UK").city()).isEqualTo("manchester");
		assertThat(this.resolver.resolve("München").city()).isEqualTo("munich");
	}

	@Test
	void resolveWhenCountryOrRegionThenNoCity() {
		assertThat(this.resolver.resolve("United Kingdom")).isEqualTo(new LocationResolver.Resolved("GB", null, null, false, true));
		assertThat(this.resolver.resolve("USA")).isEqualTo(new LocationResolver.Resolved("US", null, null, false, true));
		assertThat(this.resolver.resolve("CA")).isEqualTo(new LocationResolver.Resolved("CA", null, null, false, true));
		assertThat(this.resolver.resolve("Bavaria")).isEqualTo(new LocationResolver.Resolved("DE", "DE:bavaria", null, false, true));
		assertThat(this.resolver.resolve("England, UK")).isEqualTo(new LocationResolver.Resolved("GB", "GB:england", null, false, true));
	}

	@Test
	void resolveWhenRemoteWordThenRemoteOnly() {
		assertThat(this.resolver.resolve("remote")).isEqualTo(new LocationResolver.Resolved(null, null, null, true, true));
		assertThat(this.resolver.resolve("Remote (Canada)")).isEqualTo(new LocationResolver.Resolved("CA", null, null, true, true));
	}

	@Test
	void resolveWhenCityOnlyKnownFromTheIndexThenItsCountry() {
		assertThat(this.resolver.resolve("Springfield")).isEqualTo(new LocationResolver.Resolved("US", "US:illinois", "springfield", false, true));
	}

	@Test
	void resolveWhenUnknownThenCityTextAndNotRecognised() {
		LocationResolver.Resolved resolved = this.resolver.resolve("Atlantis");

		assertThat(resolved.city()).isEqualTo("atlantis");
		assertThat(resolved.country()).isNull();
		assertThat(resolved.recognised()).isFalse();
	}

}
