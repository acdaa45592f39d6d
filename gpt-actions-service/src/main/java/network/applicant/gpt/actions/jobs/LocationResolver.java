package network.applicant.gpt.actions.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Reads the {@code location} a person typed ("London", "Toronto, ON", "Bavaria",
 * "United Kingdom", "remote in Canada") into a country, region and city.
 *
 * <p>Comma-separated parts are read from the most general (the last) to the most specific.
 * A part is tried as a country, a region and a city; cities the gazetteer ({@link Places})
 * does not list are looked up among the cities of indexed jobs. Words such as "remote" or
 * "anywhere" ask for remote jobs only.
 *
 * <pre>{@code
 * new LocationResolver(cities).resolve("Manchester, UK"); // country GB, region GB:england, city manchester
 * }</pre>
 */
final class LocationResolver {

	/**
	 * What a location means for the search.
	 * @param country ISO country code, or null when unknown
	 * @param regionKey region key as indexed ({@link Places#regionKey}), or null
	 * @param city normalised city name ({@link Places#normalise}), or null
	 * @param remoteOnly whether only remote jobs were asked for
	 * @param recognised false when some part was neither a country, a region nor a known city
	 */
	record Resolved(@Nullable String country, @Nullable String regionKey, @Nullable String city, boolean remoteOnly,
			boolean recognised) {

		boolean isEmpty() {
			return this.country == null && this.regionKey == null && this.city == null;
		}

	}

	private static final List<String> REMOTE_WORDS = List.of("remote", "remotely", "anywhere", "worldwide",
			"work from home", "wfh", "home based", "home-based");

	private final Function<String, Places.@Nullable City> indexedCities;

	/**
	 * @param indexedCities looks up a normalised city name among indexed jobs' cities
	 */
	LocationResolver(Function<String, Places.@Nullable City> indexedCities) {
		this.indexedCities = indexedCities;
	}

	Resolved resolve(String location) {
		boolean remote = false;
		List<String> parts = new ArrayList<>();
		for (String raw : location.split("[,;|()/]|\\s+-\\s+")) {
			String part = " " + Places.normalise(raw) + " ";
			for (String word : REMOTE_WORDS) {
				if (part.contains(" " + word + " ")) {
					remote = true;
					part = part.replace(" " + word + " ", " ");
				}
			}
			part = part.strip().replaceAll("^(in|near|around|based in) ", "").replaceAll(" (only|area)$", "").strip();
			if (!part.isEmpty() && !part.equals("in") && !part.equals("only")) {
				parts.add(part);
			}
		}
		String country = null;
		String regionKey = null;
		String city = null;
		boolean recognised = true;
		while (!parts.isEmpty()) {
			String part = parts.remove(parts.size() - 1);
			boolean last = parts.isEmpty();
			if (country == null && regionKey == null && city == null) {
				// the most general part: a country, unless a state or province code follows a city
				Places.Region region = (!last && part.length() <= 3) ? single(Places.regions(part, null)) : null;
				if (region != null) {
					country = region.country();
					regionKey = region.key();
					continue;
				}
				String code = Places.country(part);
				if (code != null) {
					country = code;
					continue;
				}
			}
			if (regionKey == null && city == null) {
				Places.City known = last ? city(part, country) : null;
				if (known != null && (country == null || known.country().equals(country))) {
					country = known.country();
					regionKey = known.regionKey();
					city = cityKey(known);
					continue;
				}
				Places.Region region = single(Places.regions(part, country));
				if (region != null) {
					country = region.country();
					regionKey = region.key();
					continue;
				}
			}
			if (city == null) {
				Places.City known = city(part, country);
				if (known != null && (country == null || known.country().equals(country))) {
					country = known.country();
					city = cityKey(known);
					continue;
				}
				city = part;
				recognised = false;
			}
		}
		return new Resolved(country, regionKey, city, remote, recognised);
	}

	private Places.@Nullable City city(String part, @Nullable String country) {
		Places.City listed = Places.city(part);
		if (listed != null && (country == null || listed.country().equals(country))) {
			return listed;
		}
		Places.City indexed = this.indexedCities.apply(Places.normalise(part));
		if (indexed != null && (country == null || indexed.country().equals(country))) {
			return indexed;
		}
		return listed;
	}

	private static String cityKey(Places.City city) {
		return Places.normalise(city.name());
	}

	private static Places.@Nullable Region single(List<Places.Region> regions) {
		return (regions.size() == 1) ? regions.get(0) : null;
	}

}
