package network.applicant.gpt.actions.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;

/**
 * Turns what a person typed into a Lucene query: keywords into a relevance query, and the
 * other criteria into filters that do not affect the score.
 *
 * <p>How the keyword query is built, and why:
 * <ol>
 * <li>Words that say nothing about the job ("jobs", "role", "in", "near me") are dropped.
 * <li>The remaining words are grouped into concepts: the longest phrase (up to three
 * words) the {@link Synonyms} map knows, else a single word. A concept matches its own
 * words or any of its synonyms ({@code swe} ↔ "software engineer"); synonyms weigh a
 * little less than the words typed.
 * <li>Each concept is searched in every text field with a boost: title 3, skills and
 * requirements 1.5, company and location 1, description 1; a concept scores by its best
 * field plus a fraction of the others (a disjunction-max query), so that a title match
 * outranks a description match and BM25 does the rest.
 * <li>A word of five letters or more that no title or requirement contains is replaced by
 * the closest word (one edit, two from eight letters) that titles and requirements use,
 * the most common one on a tie, unless the typed word is common in descriptions. This
 * happens before synonyms are looked up, so "registred nurse" becomes the phrase
 * "registered nurse". When nothing is close, and the word is rare, a fuzzy variant is
 * searched instead, with a lower weight.
 * Common words are never corrected, which keeps "nurse" from matching "purse".
 * <li>All concepts must match when there are up to three; beyond that three in four.
 * </ol>
 * Thread-safe; the reader passed in is only used for term statistics.
 */
final class JobQueryBuilder {

	static final String TITLE = "title";

	static final String SKILLS = "skills";

	static final String COMPANY = "company";

	static final String LOCATION = "location";

	static final String DESCRIPTION = "description";

	static final String COMMUTE = "commute";

	static final String LEVEL = "level";

	static final String COUNTRY = "country";

	static final String REGION = "region";

	static final String CITY = "city";

	static final String APPLICANT_COUNTRY = "applicant_country";

	static final String ANYWHERE = "*";

	static final String SALARY_YEAR = "salary_year";

	static final String POSTED = "posted";

	/** Epoch second a posting expires ({@link Long#MAX_VALUE} when it does not). */
	static final String VALID_UNTIL = "valid_until";

	/** Title and requirement words as written (not stemmed): the vocabulary for spelling correction. */
	static final String SPELL = "spell";

	private static final String[] FIELDS = { TITLE, SKILLS, COMPANY, LOCATION, DESCRIPTION };

	private static final float[] BOOSTS = { 3.0f, 1.5f, 1.0f, 1.0f, 1.0f };

	private static final float SYNONYM_WEIGHT = 0.9f;

	private static final float FUZZY_WEIGHT = 0.6f;

	private static final Set<String> NOISE = Set.of("job", "jobs", "position", "positions", "role", "roles",
			"vacancy", "vacancies", "opening", "openings", "opportunity", "opportunities", "career", "careers",
			"hiring", "in", "at", "for", "a", "an", "the", "and", "or", "of", "to", "with", "near", "me", "my",
			"looking", "find", "search", "want", "any", "some", "please", "show", "i", "im", "as", "on");

	private final Analyzer analyzer;

	private final Synonyms synonyms;

	JobQueryBuilder(Analyzer analyzer, Synonyms synonyms) {
		this.analyzer = analyzer;
		this.synonyms = synonyms;
	}

	/**
	 * @param keywords what the person typed
	 * @param reader the index, for term statistics
	 * @return the relevance query, or null when no word carries meaning
	 */
	@Nullable Query keywords(String keywords, IndexReader reader) {
		List<String> words = Synonyms.words(keywords)
			.stream()
			.filter((word) -> !NOISE.contains(word))
			.map((word) -> corrected(word, reader))
			.toList();
		List<Query> concepts = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			int length = Math.min(Synonyms.MAX_PHRASE, words.size() - i);
			while (length > 1 && !this.synonyms.contains(String.join(" ", words.subList(i, i + length)))) {
				length--;
			}
			String phrase = String.join(" ", words.subList(i, i + length));
			Query concept = concept(phrase, reader);
			if (concept != null) {
				concepts.add(concept);
			}
			i += length;
		}
		if (concepts.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		concepts.forEach((concept) -> query.add(concept, Occur.SHOULD));
		int n = concepts.size();
		query.setMinimumNumberShouldMatch((n <= 3) ? n : (int) Math.ceil(n * 0.75));
		return query.build();
	}

	/**
	 * @return the word, or the closest word titles and requirements use when it is probably
	 * misspelt
	 */
	String corrected(String word, IndexReader reader) {
		if (word.length() < 5 || !word.chars().allMatch(Character::isLetter) || this.synonyms.contains(word)) {
			return word;
		}
		try {
			if (reader.docFreq(new Term(SPELL, word)) > 0) {
				return word;
			}
			Terms terms = MultiTerms.getTerms(reader, SPELL);
			if (terms == null) {
				return word;
			}
			FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, new Term(SPELL, word), (word.length() >= 8) ? 2 : 1, 1,
					true);
			String best = null;
			float bestSimilarity = -1;
			int bestFrequency = -1;
			BytesRef candidate;
			while ((candidate = candidates.next()) != null) {
				float similarity = candidates.getBoost();
				int frequency = candidates.docFreq();
				if (similarity > bestSimilarity || (similarity == bestSimilarity && frequency > bestFrequency)) {
					best = candidate.utf8ToString();
					bestSimilarity = similarity;
					bestFrequency = frequency;
				}
			}
			if (best == null) {
				return word;
			}
			// a real word that only descriptions use ("engine") stays unless the correction is far more common
			List<String> stems = analyze(TITLE, word);
			long typed = (stems.size() == 1) ? docFreq(reader, stems.get(0)) : 0;
			return (bestFrequency >= Math.max(1, 2 * typed)) ? best : word;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private @Nullable Query concept(String phrase, IndexReader reader) {
		Set<String> alternatives = new LinkedHashSet<>();
		alternatives.add(phrase);
		alternatives.addAll(this.synonyms.expand(phrase));
		List<Query> perField = new ArrayList<>();
		for (int f = 0; f < FIELDS.length; f++) {
			List<Query> options = new ArrayList<>();
			boolean original = true;
			for (String alternative : alternatives) {
				Query match = match(FIELDS[f], alternative);
				if (match != null) {
					options.add(original ? match : new BoostQuery(match, SYNONYM_WEIGHT));
				}
				original = false;
			}
			Query fuzzy = fuzzy(FIELDS[f], phrase, reader);
			if (fuzzy != null) {
				options.add(new BoostQuery(fuzzy, FUZZY_WEIGHT));
			}
			if (!options.isEmpty()) {
				Query field = (options.size() == 1) ? options.get(0) : new DisjunctionMaxQuery(options, 0.0f);
				perField.add(new BoostQuery(field, BOOSTS[f]));
			}
		}
		return perField.isEmpty() ? null : new DisjunctionMaxQuery(perField, 0.2f);
	}

	private @Nullable Query match(String field, String text) {
		List<String> terms = analyze(field, text);
		if (terms.isEmpty()) {
			return null;
		}
		if (terms.size() == 1) {
			return new TermQuery(new Term(field, terms.get(0)));
		}
		PhraseQuery.Builder phrase = new PhraseQuery.Builder().setSlop(1);
		terms.forEach((term) -> phrase.add(new Term(field, term)));
		return phrase.build();
	}

	private @Nullable Query fuzzy(String field, String phrase, IndexReader reader) {
		if (phrase.contains(" ") || phrase.length() < 5 || !phrase.chars().allMatch(Character::isLetter)
				|| this.synonyms.contains(phrase) || field.equals(COMPANY) || field.equals(LOCATION)) {
			return null;
		}
		List<String> terms = analyze(field, phrase);
		if (terms.size() != 1) {
			return null;
		}
		String stem = terms.get(0);
		if (!isProbablyMisspelt(phrase, stem, reader)) {
			return null;
		}
		int edits = (phrase.length() >= 8) ? 2 : 1;
		Query onStem = new FuzzyQuery(new Term(field, stem), edits, 1, 30, true);
		if (stem.equals(phrase)) {
			return onStem;
		}
		// the stemmer may turn a misspelling into another word ("enginer" -> "engine"): also
		// look near what was typed
		return new DisjunctionMaxQuery(List.of(onStem, new FuzzyQuery(new Term(field, phrase), edits, 1, 30, true)),
				0.0f);
	}

	/**
	 * A word is probably misspelt when no title or requirement uses it as written and its
	 * stem is rare in the index.
	 */
	private static boolean isProbablyMisspelt(String word, String stem, IndexReader reader) {
		try {
			return reader.docFreq(new Term(SPELL, word)) == 0
					&& docFreq(reader, stem) < Math.max(2, reader.maxDoc() / 20_000);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long docFreq(IndexReader reader, String term) throws IOException {
		return reader.docFreq(new Term(TITLE, term)) + reader.docFreq(new Term(SKILLS, term))
				+ reader.docFreq(new Term(DESCRIPTION, term));
	}

	private List<String> analyze(String field, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/**
	 * The filters of a search; none of them affects the score.
	 * @param criteria the search
	 * @param location the resolved location, or null when none was given
	 * @param now the search's reference time
	 * @return the filter clauses, possibly none
	 */
	static List<Query> filters(JobSearchCriteria criteria, LocationResolver.@Nullable Resolved location, Instant now) {
		List<Query> filters = new ArrayList<>();
		if (criteria.commuteType() != null) {
			filters.add(new TermQuery(new Term(COMMUTE, criteria.commuteType())));
		}
		if (criteria.jobLevel() != null) {
			filters.add(new TermQuery(new Term(LEVEL, criteria.jobLevel())));
		}
		if (criteria.salaryMin() != null) {
			filters.add(LongPoint.newRangeQuery(SALARY_YEAR, criteria.salaryMin(), Long.MAX_VALUE));
		}
		if (criteria.postedWithinDays() != null) {
			long since = now.minus(Duration.ofDays(criteria.postedWithinDays())).getEpochSecond();
			filters.add(LongField.newRangeQuery(POSTED, since, Long.MAX_VALUE));
		}
		if (location != null) {
			filters.add(location(location));
		}
		return filters;
	}

	/**
	 * Jobs that expired after they were indexed; searches exclude them (a MUST_NOT clause:
	 * matching the few expired jobs is far cheaper than matching every valid one).
	 */
	static Query expired(Instant now) {
		return LongPoint.newRangeQuery(VALID_UNTIL, Long.MIN_VALUE, now.getEpochSecond());
	}

	/**
	 * Where a candidate at a location can work: on-site and hybrid jobs at that place, and
	 * remote jobs open to applicants in its country (or anywhere). A remote job restricted
	 * to other countries is not available to them.
	 */
	static Query location(LocationResolver.Resolved location) {
		BooleanQuery.Builder remote = new BooleanQuery.Builder().add(term(COMMUTE, "remote"), Occur.FILTER);
		if (location.country() != null || !location.remoteOnly()) {
			BooleanQuery.Builder where = new BooleanQuery.Builder().add(term(APPLICANT_COUNTRY, ANYWHERE), Occur.SHOULD);
			if (location.country() != null) {
				where.add(term(APPLICANT_COUNTRY, location.country()), Occur.SHOULD);
			}
			remote.add(where.build(), Occur.FILTER);
		}
		if (location.remoteOnly()) {
			return remote.build();
		}
		if (location.isEmpty()) {
			return new MatchNoDocsQuery("empty location");
		}
		BooleanQuery.Builder onSite = new BooleanQuery.Builder().add(term(COMMUTE, "remote"), Occur.MUST_NOT);
		if (location.country() != null) {
			onSite.add(term(COUNTRY, location.country()), Occur.FILTER);
		}
		if (location.regionKey() != null) {
			onSite.add(term(REGION, location.regionKey()), Occur.FILTER);
		}
		if (location.city() != null) {
			onSite.add(term(CITY, location.city()), Occur.FILTER);
		}
		return new BooleanQuery.Builder().add(remote.build(), Occur.SHOULD)
			.add(onSite.build(), Occur.SHOULD)
			.setMinimumNumberShouldMatch(1)
			.build();
	}

	private static Query term(String field, String value) {
		return new TermQuery(new Term(field, value));
	}

}
