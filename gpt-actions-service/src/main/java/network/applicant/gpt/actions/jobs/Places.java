package network.applicant.gpt.actions.jobs;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A small gazetteer: countries (ISO 3166-1 alpha-2 codes, names and the usual short
 * forms), their first-level regions (US states, Canadian provinces, UK nations, German,
 * Australian, Irish and Dutch regions) and well-known cities.
 *
 * <p>Not a geocoder: it only recognises names it lists. Cities of indexed jobs that are
 * missing here are still found, through the index (see {@link LocationResolver}).
 * Immutable and thread-safe.
 */
final class Places {

	/**
	 * A region.
	 * @param country ISO country code
	 * @param key the canonical key, {@code <country>:<normalised name>}, what the index stores
	 * @param name the display name
	 */
	record Region(String country, String key, String name) {
	}

	/** A city with its country and (when known) region key. */
	record City(String name, String country, @Nullable String regionKey) {
	}

	private static final Map<String, String> COUNTRY_NAMES = new LinkedHashMap<>();

	private static final Map<String, String> COUNTRY_ALIASES = new HashMap<>();

	/** region key -> region. */
	private static final Map<String, Region> REGIONS = new HashMap<>();

	/** normalised region name or code -> regions with it (several countries may share a code). */
	private static final Map<String, List<Region>> REGION_NAMES = new HashMap<>();

	private static final Map<String, City> CITIES = new HashMap<>();

	static {
		country("US", "United States", "usa", "us", "u.s.", "u.s.a.", "united states of america", "america");
		country("GB", "United Kingdom", "uk", "u.k.", "great britain", "britain");
		country("CA", "Canada");
		country("DE", "Germany", "deutschland");
		country("IE", "Ireland", "republic of ireland", "eire");
		country("AU", "Australia");
		country("NL", "Netherlands", "the netherlands", "holland");
		country("FR", "France");
		country("ES", "Spain", "espana");
		country("IT", "Italy", "italia");
		country("PT", "Portugal");
		country("BE", "Belgium");
		country("CH", "Switzerland");
		country("AT", "Austria");
		country("SE", "Sweden");
		country("NO", "Norway");
		country("DK", "Denmark");
		country("FI", "Finland");
		country("PL", "Poland");
		country("CZ", "Czechia", "czech republic");
		country("NZ", "New Zealand");
		country("IN", "India");
		country("SG", "Singapore");
		country("JP", "Japan");
		country("BR", "Brazil", "brasil");
		country("MX", "Mexico");
		country("ZA", "South Africa");
		country("AE", "United Arab Emirates", "uae");
		country("IL", "Israel");

		regions("US", "AL:Alabama", "AK:Alaska", "AZ:Arizona", "AR:Arkansas", "CA:California", "CO:Colorado",
				"CT:Connecticut", "DE:Delaware", "FL:Florida", "GA:Georgia", "HI:Hawaii", "ID:Idaho", "IL:Illinois",
				"IN:Indiana", "IA:Iowa", "KS:Kansas", "KY:Kentucky", "LA:Louisiana", "ME:Maine", "MD:Maryland",
				"MA:Massachusetts", "MI:Michigan", "MN:Minnesota", "MS:Mississippi", "MO:Missouri", "MT:Montana",
				"NE:Nebraska", "NV:Nevada", "NH:New Hampshire", "NJ:New Jersey", "NM:New Mexico", "NY:New York",
				"NC:North Carolina", "ND:North Dakota", "OH:Ohio", "OK:Oklahoma", "OR:Oregon", "PA:Pennsylvania",
				"RI:Rhode Island", "SC:South Carolina", "SD:South Dakota", "TN:Tennessee", "TX:Texas", "UT:Utah",
				"VT:Vermont", "VA:Virginia", "WA:Washington", "WV:West Virginia", "WI:Wisconsin", "WY:Wyoming",
				"DC:District of Columbia");
		regions("CA", "ON:Ontario", "QC:Quebec", "BC:British Columbia", "AB:Alberta", "MB:Manitoba",
				"SK:Saskatchewan", "NS:Nova Scotia", "NB:New Brunswick", "NL:Newfoundland and Labrador",
				"PE:Prince Edward Island");
		regions("GB", "ENG:England", "SCT:Scotland", "WLS:Wales", "NIR:Northern Ireland");
		regions("DE", "BE:Berlin", "BY:Bavaria", "HH:Hamburg", "HE:Hesse", "NW:North Rhine-Westphalia",
				"BW:Baden-Wurttemberg", "SN:Saxony", "NI:Lower Saxony", "HB:Bremen");
		regions("AU", "NSW:New South Wales", "VIC:Victoria", "QLD:Queensland", "WA:Western Australia",
				"SA:South Australia", "TAS:Tasmania", "ACT:Australian Capital Territory");
		regions("IE", "L:Leinster", "M:Munster", "C:Connacht", "U:Ulster");
		regions("NL", "NH:North Holland", "ZH:South Holland", "UT:Utrecht", "NB:North Brabant", "GR:Groningen");
		alias("DE", "bayern", "Bavaria");
		alias("DE", "hessen", "Hesse");
		alias("DE", "nrw", "North Rhine-Westphalia");
		alias("DE", "nordrhein-westfalen", "North Rhine-Westphalia");
		alias("NL", "noord-holland", "North Holland");
		alias("NL", "zuid-holland", "South Holland");

		cities("US", "New York:NY", "San Francisco:CA", "Los Angeles:CA", "San Diego:CA", "San Jose:CA",
				"Austin:TX", "Dallas:TX", "Houston:TX", "Chicago:IL", "Seattle:WA", "Boston:MA", "Denver:CO",
				"Atlanta:GA", "Miami:FL", "Philadelphia:PA", "Phoenix:AZ", "Portland:OR", "Washington:DC",
				"Minneapolis:MN", "Detroit:MI", "Nashville:TN", "Pittsburgh:PA", "Raleigh:NC", "Salt Lake City:UT");
		alias("US", "nyc", "New York", true);
		alias("US", "sf", "San Francisco", true);
		alias("US", "la", "Los Angeles", true);
		cities("GB", "London:England", "Manchester:England", "Birmingham:England", "Leeds:England",
				"Bristol:England", "Liverpool:England", "Newcastle:England", "Sheffield:England",
				"Nottingham:England", "Cambridge:England", "Oxford:England", "Edinburgh:Scotland",
				"Glasgow:Scotland", "Aberdeen:Scotland", "Cardiff:Wales", "Belfast:Northern Ireland");
		cities("CA", "Toronto:ON", "Vancouver:BC", "Montreal:QC", "Calgary:AB", "Ottawa:ON", "Edmonton:AB",
				"Winnipeg:MB", "Halifax:NS", "Quebec City:QC");
		cities("DE", "Berlin:Berlin", "Munich:Bavaria", "Hamburg:Hamburg", "Frankfurt am Main:Hesse",
				"Frankfurt:Hesse", "Cologne:North Rhine-Westphalia", "Dusseldorf:North Rhine-Westphalia",
				"Stuttgart:Baden-Wurttemberg", "Leipzig:Saxony", "Dresden:Saxony");
		alias("DE", "munchen", "Munich", true);
		alias("DE", "koln", "Cologne", true);
		cities("IE", "Dublin:Leinster", "Cork:Munster", "Galway:Connacht", "Limerick:Munster");
		cities("AU", "Sydney:NSW", "Melbourne:VIC", "Brisbane:QLD", "Perth:WA", "Adelaide:SA", "Canberra:ACT");
		cities("NL", "Amsterdam:North Holland", "Rotterdam:South Holland", "Utrecht:Utrecht",
				"The Hague:South Holland", "Eindhoven:North Brabant");
		cities("FR", "Paris:", "Lyon:");
		cities("ES", "Madrid:", "Barcelona:");
		cities("PT", "Lisbon:");
		cities("SE", "Stockholm:");
		cities("CH", "Zurich:");
		cities("SG", "Singapore:");
		cities("IN", "Bangalore:", "Bengaluru:", "Mumbai:");
	}

	private Places() {
	}

	private static void country(String code, String name, String... aliases) {
		COUNTRY_NAMES.put(code, name);
		COUNTRY_ALIASES.put(normalise(name), code);
		COUNTRY_ALIASES.put(normalise("the " + name), code);
		for (String alias : aliases) {
			COUNTRY_ALIASES.put(normalise(alias), code);
		}
	}

	private static void regions(String country, String... codeNames) {
		for (String codeName : codeNames) {
			String code = codeName.substring(0, codeName.indexOf(':'));
			String name = codeName.substring(codeName.indexOf(':') + 1);
			Region region = new Region(country, country + ":" + normalise(name), name);
			REGIONS.put(region.key(), region);
			REGION_NAMES.computeIfAbsent(normalise(name), (k) -> new java.util.ArrayList<>()).add(region);
			REGION_NAMES.computeIfAbsent(normalise(code), (k) -> new java.util.ArrayList<>()).add(region);
		}
	}

	private static void alias(String country, String alias, String name) {
		Region region = REGIONS.get(country + ":" + normalise(name));
		REGION_NAMES.computeIfAbsent(normalise(alias), (k) -> new java.util.ArrayList<>()).add(region);
	}

	private static void alias(String country, String alias, String city, boolean isCity) {
		CITIES.put(normalise(alias), CITIES.get(normalise(city)));
	}

	private static void cities(String country, String... cityRegions) {
		for (String cityRegion : cityRegions) {
			String name = cityRegion.substring(0, cityRegion.indexOf(':'));
			String regionName = cityRegion.substring(cityRegion.indexOf(':') + 1);
			String regionKey = regionName.isEmpty() ? null : regionKey(country, regionName);
			CITIES.putIfAbsent(normalise(name), new City(name, country, regionKey));
		}
	}

	/**
	 * @param text any text
	 * @return lower case, accents removed, punctuation other than {@code -} and {@code .}
	 * turned into spaces, whitespace collapsed
	 */
	static String normalise(String text) {
		String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
		return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.\\-]+", " ").strip();
	}

	/** @return the country code for a name, short form or code, or null */
	static @Nullable String country(String text) {
		String normalised = normalise(text);
		String code = COUNTRY_ALIASES.get(normalised);
		if (code == null && normalised.length() == 2 && COUNTRY_NAMES.containsKey(normalised.toUpperCase(Locale.ROOT))) {
			code = normalised.toUpperCase(Locale.ROOT);
		}
		return code;
	}

	/** @return the country's English name, or the code when unknown */
	static String countryName(String code) {
		return COUNTRY_NAMES.getOrDefault(code, code);
	}

	/**
	 * @param country the country the region must be in, or null for any
	 * @return the regions with this name or code
	 */
	static List<Region> regions(String text, @Nullable String country) {
		List<Region> regions = REGION_NAMES.getOrDefault(normalise(text), List.of());
		return (country == null) ? regions : regions.stream().filter((r) -> r.country().equals(country)).toList();
	}

	/**
	 * The key a job's region is indexed under: the canonical region when the gazetteer knows
	 * it (so "NY" and "New York" are one region), else the country and the normalised text.
	 */
	static String regionKey(String country, String region) {
		List<Region> known = regions(region, country);
		return known.isEmpty() ? country + ":" + normalise(region) : known.get(0).key();
	}

	/** @return the display name of a region key, or null when the gazetteer does not know it */
	static @Nullable String regionName(String key) {
		Region region = REGIONS.get(key);
		return (region != null) ? region.name() : null;
	}

	/** @return a listed city with this name (or short form), or null */
	static @Nullable City city(String text) {
		return CITIES.get(normalise(text));
	}

}
