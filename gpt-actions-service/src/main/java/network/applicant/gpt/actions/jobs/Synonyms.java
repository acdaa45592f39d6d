package network.applicant.gpt.actions.jobs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The curated synonym and abbreviation map for job search keywords ({@code SWE} finds
 * "software engineer", {@code RN} "registered nurse"), read from
 * {@code search-synonyms.txt} beside this class.
 *
 * <p>Not a thesaurus: it lists what job seekers type and how postings say it. Keys and
 * expansions are phrases of normalised words ({@link Places#normalise}). Immutable and
 * thread-safe.
 */
final class Synonyms {

	/** The longest phrase, in words, that is looked up. */
	static final int MAX_PHRASE = 3;

	private final Map<String, Set<String>> expansions;

	private Synonyms(Map<String, Set<String>> expansions) {
		this.expansions = expansions;
	}

	/** @return the map shipped with the service */
	static Synonyms standard() {
		try (InputStream in = Synonyms.class.getResourceAsStream("search-synonyms.txt")) {
			if (in == null) {
				throw new IllegalStateException("search-synonyms.txt is missing from the classpath");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Synonyms parse(List<String> lines) {
		Map<String, Set<String>> map = new HashMap<>();
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int arrow = line.indexOf("=>");
			if (arrow >= 0) {
				String key = phrase(line.substring(0, arrow));
				for (String target : terms(line.substring(arrow + 2))) {
					map.computeIfAbsent(key, (k) -> new LinkedHashSet<>()).add(target);
				}
			}
			else {
				List<String> group = terms(line);
				for (String member : group) {
					for (String other : group) {
						if (!other.equals(member)) {
							map.computeIfAbsent(member, (k) -> new LinkedHashSet<>()).add(other);
						}
					}
				}
			}
		}
		Map<String, Set<String>> frozen = new HashMap<>();
		map.forEach((key, value) -> frozen.put(key, Set.copyOf(value)));
		return new Synonyms(Map.copyOf(frozen));
	}

	private static List<String> terms(String list) {
		return Arrays.stream(list.split(",")).map(Synonyms::phrase).filter((t) -> !t.isEmpty()).toList();
	}

	private static String phrase(String text) {
		return String.join(" ", words(text));
	}

	/** @return the normalised words of a text, as keys are written */
	static List<String> words(String text) {
		String normalised = Places.normalise(text.replace('/', ' '));
		List<String> words = new ArrayList<>();
		for (String word : normalised.split(" ")) {
			String trimmed = word.replaceAll("^[.\\-]+|[.\\-]+$", "");
			if (!trimmed.isEmpty()) {
				words.add(trimmed);
			}
		}
		return words;
	}

	/**
	 * @param phrase normalised words joined by single spaces
	 * @return what the phrase also stands for, empty when nothing
	 */
	Set<String> expand(String phrase) {
		return this.expansions.getOrDefault(phrase, Set.of());
	}

	boolean contains(String phrase) {
		return this.expansions.containsKey(phrase);
	}

}
