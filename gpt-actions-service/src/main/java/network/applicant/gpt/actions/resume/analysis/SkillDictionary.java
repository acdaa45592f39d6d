package network.applicant.gpt.actions.resume.analysis;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Finds skills, tools and credentials in text by their canonical names and aliases
 * ("k8s" is Kubernetes, "Postgres" is PostgreSQL, "RN" is Registered Nurse).
 *
 * <p>Seeded from the O*NET 29.2 technology skills (hot and in-demand examples; CC BY 4.0,
 * see {@link #ATTRIBUTION}) and a curated list of aliases, clinical, finance and credential
 * terms. Matching is by whole words, longest alias first, so "React Native" is never
 * React and "JavaScript" is never Java. Words that are ambiguous on their own (Go, R, C,
 * Swift, Spark, Oracle, Excel) count only in their exact spelling and with context on the
 * same line: a context word or another skill of a related category ("Java, Go, Kotlin"
 * names the language; "go to market" and "excel at" do not).
 *
 * <p>Immutable and thread-safe once loaded.
 */
public final class SkillDictionary {

	/** The credit line the O*NET licence requires wherever data derived from it is shown. */
	public static final String ATTRIBUTION = "This product includes information from the O*NET 29.2 Database by the"
			+ " U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under the CC BY 4.0"
			+ " license. O*NET® is a trademark of USDOL/ETA.";

	static final Pattern TOKEN = Pattern.compile("\\.?[\\p{L}\\p{N}]+(?:[.+#'\\-][\\p{L}\\p{N}+#]+)*[+#]*");

	private static final String ONET = "/resume/skills/onet-technology-skills.tsv";

	private static final String CURATED = "/resume/skills/curated-skills.tsv";

	private static volatile @Nullable SkillDictionary defaultDictionary;

	/** Aliases by their first token, lower case; longest first. */
	private final Map<String, List<Alias>> index;

	private final Map<String, Skill> byName;

	private record Alias(Skill skill, String[] tokens, @Nullable String[] exactForm, Set<String> context) {

		boolean ambiguous() {
			return this.exactForm != null && !this.context.isEmpty();
		}
	}

	private record Token(String text, String lower, int start, int end) {
	}

	private SkillDictionary(Map<String, List<Alias>> index, Map<String, Skill> byName) {
		this.index = index;
		this.byName = byName;
	}

	/** @return the dictionary built from the bundled O*NET extract and curated list, loaded once */
	public static SkillDictionary loadDefault() {
		SkillDictionary dictionary = defaultDictionary;
		if (dictionary == null) {
			synchronized (SkillDictionary.class) {
				dictionary = defaultDictionary;
				if (dictionary == null) {
					dictionary = load();
					defaultDictionary = dictionary;
				}
			}
		}
		return dictionary;
	}

	private static final class Entry {

		String name;

		String category;

		final Set<String> aliases = new HashSet<>();

		final Set<String> ambiguous = new HashSet<>();

		final Set<String> context = new HashSet<>();

		final Set<String> implies = new HashSet<>();

		Entry(String name, String category) {
			this.name = name;
			this.category = category;
		}

	}

	private static SkillDictionary load() {
		Map<String, Entry> entries = new LinkedHashMap<>();
		Set<String> dropped = new HashSet<>();
		List<String[]> curated = new ArrayList<>();
		for (String line : lines(CURATED)) {
			if (line.startsWith("!")) {
				dropped.add(line.substring(1).strip().toLowerCase(Locale.ROOT));
			}
			else if (!line.startsWith("#") && !line.isBlank()) {
				curated.add(Arrays.copyOf(line.split("\t", -1), 6));
			}
		}
		List<String> onet = lines(ONET);
		for (String line : onet.subList(1, onet.size())) {
			String[] columns = line.split("\t", -1);
			if (columns.length < 3 || dropped.contains(columns[0].toLowerCase(Locale.ROOT))) {
				continue;
			}
			Entry entry = new Entry(columns[0], "software");
			split(columns[2]).forEach(entry.aliases::add);
			entries.put(columns[0].toLowerCase(Locale.ROOT), entry);
		}
		for (String[] columns : curated) {
			String key = columns[0].strip().toLowerCase(Locale.ROOT);
			Entry entry = entries.computeIfAbsent(key, (k) -> new Entry(columns[0].strip(), columns[1].strip()));
			entry.name = columns[0].strip();
			entry.category = columns[1].strip();
			split(columns[2]).forEach(entry.aliases::add);
			split(columns[3]).forEach(entry.ambiguous::add);
			split(columns[4]).forEach(entry.context::add);
			split(columns[5]).forEach(entry.implies::add);
		}
		Map<String, List<Alias>> index = new HashMap<>();
		Map<String, Skill> byName = new HashMap<>();
		for (Entry entry : entries.values()) {
			Skill skill = new Skill(entry.name, entry.category, entry.implies);
			byName.put(entry.name.toLowerCase(Locale.ROOT), skill);
			Set<String> ambiguousLower = new HashSet<>();
			entry.ambiguous.forEach((a) -> ambiguousLower.add(a.toLowerCase(Locale.ROOT)));
			Set<String> plain = new HashSet<>(entry.aliases);
			plain.add(entry.name);
			Set<String> context = new HashSet<>();
			entry.context.forEach((c) -> context.add(c.startsWith("@") ? c : c.toLowerCase(Locale.ROOT)));
			for (String alias : plain) {
				if (ambiguousLower.contains(alias.toLowerCase(Locale.ROOT))) {
					continue;
				}
				String[] tokens = tokenize(alias).stream().map(Token::lower).toArray(String[]::new);
				if (tokens.length == 0) {
					continue;
				}
				// short acronyms ("RN", "ML", "S3") only in the case written
				String[] exact = (alias.length() <= 3) ? tokenize(alias).stream().map(Token::text).toArray(String[]::new)
						: null;
				add(index, new Alias(skill, tokens, exact, Set.of()));
			}
			for (String alias : entry.ambiguous) {
				List<Token> tokens = tokenize(alias);
				add(index, new Alias(skill, tokens.stream().map(Token::lower).toArray(String[]::new),
						tokens.stream().map(Token::text).toArray(String[]::new), Set.copyOf(context)));
			}
		}
		index.values().forEach((list) -> list.sort(Comparator.comparingInt((Alias a) -> -a.tokens().length)));
		return new SkillDictionary(Map.copyOf(index), Map.copyOf(byName));
	}

	private static void add(Map<String, List<Alias>> index, Alias alias) {
		index.computeIfAbsent(alias.tokens()[0], (k) -> new ArrayList<>()).add(alias);
	}

	private static List<String> split(@Nullable String column) {
		if (column == null || column.isBlank()) {
			return List.of();
		}
		return Arrays.stream(column.split("\\|")).map(String::strip).filter((s) -> !s.isEmpty()).toList();
	}

	private static List<String> lines(String resource) {
		try (InputStream in = SkillDictionary.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + resource);
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<Token> tokenize(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(new Token(matcher.group(), matcher.group().toLowerCase(Locale.ROOT), matcher.start(),
					matcher.end()));
		}
		return tokens;
	}

	/**
	 * @param name a canonical name, any case
	 * @return the skill with that name
	 */
	public Optional<Skill> skill(String name) {
		return Optional.ofNullable(this.byName.get(name.toLowerCase(Locale.ROOT)));
	}

	/**
	 * Finds every skill mentioned in a text, line by line.
	 * @param text the text; lines are separated by {@code \n}
	 * @return the mentions in reading order, each skill once per line
	 */
	public List<SkillMention> find(String text) {
		List<SkillMention> mentions = new ArrayList<>();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			mentions.addAll(findInLine(lines[i], i));
		}
		return mentions;
	}

	private List<SkillMention> findInLine(String line, int lineIndex) {
		List<Token> tokens = tokenize(line);
		if (tokens.isEmpty()) {
			return List.of();
		}
		List<SkillMention> found = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		boolean[] used = new boolean[tokens.size()];
		List<int[]> ambiguous = new ArrayList<>();
		Set<String> categories = new HashSet<>();
		for (int i = 0; i < tokens.size(); i++) {
			List<Alias> candidates = this.index.get(tokens.get(i).lower());
			if (candidates == null) {
				continue;
			}
			for (int c = 0; c < candidates.size(); c++) {
				Alias alias = candidates.get(c);
				if (!matches(alias, tokens, i)) {
					continue;
				}
				if (alias.ambiguous()) {
					ambiguous.add(new int[] { i, c });
					continue;
				}
				for (int k = i; k < i + alias.tokens().length; k++) {
					used[k] = true;
				}
				categories.add("@" + alias.skill().category());
				if (seen.add(alias.skill().name())) {
					found.add(new SkillMention(alias.skill(), line.substring(tokens.get(i).start(),
							tokens.get(i + alias.tokens().length - 1).end()), lineIndex));
				}
				i += alias.tokens().length - 1;
				break;
			}
		}
		if (!ambiguous.isEmpty()) {
			String lower = line.toLowerCase(Locale.ROOT);
			Set<String> words = new HashSet<>();
			tokens.forEach((t) -> words.add(t.lower()));
			for (int[] hit : ambiguous) {
				int i = hit[0];
				Alias alias = this.index.get(tokens.get(i).lower()).get(hit[1]);
				if (used[i] || seen.contains(alias.skill().name()) || nextToAmpersand(line, tokens.get(i))
						|| !inContext(alias, lower, words, categories, tokens.get(i).lower())) {
					continue;
				}
				seen.add(alias.skill().name());
				found.add(new SkillMention(alias.skill(), tokens.get(i).text(), lineIndex));
			}
		}
		return found;
	}

	private static boolean matches(Alias alias, List<Token> tokens, int at) {
		if (at + alias.tokens().length > tokens.size()) {
			return false;
		}
		for (int k = 0; k < alias.tokens().length; k++) {
			Token token = tokens.get(at + k);
			if (!token.lower().equals(alias.tokens()[k])) {
				return false;
			}
			if (alias.exactForm() != null && !token.text().equals(alias.exactForm()[k])) {
				return false;
			}
		}
		return true;
	}

	private static boolean nextToAmpersand(String line, Token token) {
		return (token.start() > 0 && line.charAt(token.start() - 1) == '&')
				|| (token.end() < line.length() && line.charAt(token.end()) == '&');
	}

	private static boolean inContext(Alias alias, String lowerLine, Set<String> words, Set<String> categories,
			String self) {
		for (String context : alias.context()) {
			if (context.startsWith("@")) {
				if (categories.contains(context)) {
					return true;
				}
			}
			else if (context.indexOf(' ') >= 0) {
				if (lowerLine.contains(context)) {
					return true;
				}
			}
			else if (!context.equals(self) && words.contains(context)) {
				return true;
			}
		}
		return false;
	}

}
