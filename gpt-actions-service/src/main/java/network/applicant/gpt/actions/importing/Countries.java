package network.applicant.gpt.actions.importing;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the ways postings name countries (ISO 3166-1 alpha-2 or alpha-3 codes, English
 * names, a few common aliases such as {@code UK} and {@code USA}) into alpha-2 codes, and
 * knows which country a US state or Canadian province belongs to. Immutable, thread-safe.
 */
final class Countries {

	private static final Map<String, String> BY_KEY = new HashMap<>();

	private static final Set<String> US_STATES = Set.of("alabama", "alaska", "arizona", "arkansas", "california",
			"colorado", "connecticut", "delaware", "district of columbia", "florida", "georgia", "hawaii", "idaho",
			"illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts",
			"michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "new hampshire",
			"new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio", "oklahoma", "oregon",
			"pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont",
			"virginia", "washington", "west virginia", "wisconsin", "wyoming");

	private static final Set<String> CA_PROVINCES = Set.of("alberta", "british columbia", "manitoba", "new brunswick",
			"newfoundland and labrador", "nova scotia", "ontario", "prince edward island", "quebec", "saskatchewan",
			"northwest territories", "nunavut", "yukon");

	static {
		for (String code : Locale.getISOCountries()) {
			Locale locale = Locale.of("", code);
			BY_KEY.put(code.toLowerCase(Locale.ROOT), code);
			BY_KEY.put(locale.getISO3Country().toLowerCase(Locale.ROOT), code);
			BY_KEY.put(locale.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
		}
		Map.of("uk", "GB", "great britain", "GB", "england", "GB", "scotland", "GB", "wales", "GB", "northern ireland",
				"GB", "united states of america", "US", "america", "US", "the netherlands", "NL", "holland", "NL")
			.forEach(BY_KEY::put);
	}

	private Countries() {
	}

	/**
	 * @param name a code or name as written in a posting
	 * @return the ISO 3166-1 alpha-2 code, or empty when unknown
	 */
	static Optional<String> toCode(String name) {
		return Optional.ofNullable(BY_KEY.get(name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)));
	}

	/**
	 * @param state the name of a US state or Canadian province
	 * @return its country's code ({@code US} or {@code CA}), or empty when unknown
	 */
	static Optional<String> countryOfState(String state) {
		String key = state.strip().toLowerCase(Locale.ROOT);
		if (US_STATES.contains(key)) {
			return Optional.of("US");
		}
		if (CA_PROVINCES.contains(key)) {
			return Optional.of("CA");
		}
		return Optional.empty();
	}

}
