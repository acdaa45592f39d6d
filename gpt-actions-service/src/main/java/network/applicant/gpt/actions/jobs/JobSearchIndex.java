package network.applicant.gpt.actions.jobs;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field.Store;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexWriterConfig.OpenMode;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.jspecify.annotations.Nullable;

/**
 * The in-process full-text index of open jobs: what {@code searchJobs} reads.
 *
 * <p>Not the source of truth: PostgreSQL is. The index starts empty, is filled by
 * {@link JobIndexMaintainer} from the database and can be thrown away at any time. Writes
 * ({@link #upsert}, {@link #delete}) become visible to searches after {@link #refresh()}.
 * Thread-safe: any number of searches run while one thread writes.
 *
 * <p>Ranking is Lucene's BM25 over the fields {@link JobQueryBuilder} boosts, plus a small
 * recency feature ({@link #withRecency}); searches without keywords list the newest
 * postings first.
 * Both orders end with the job id, so that pages are stable and every replica pages alike.
 */
final class JobSearchIndex implements Closeable {

	private static final String ID = "id";

	private static final String ID_SORT = "id_sort";

	private static final String POSTED_SORT = "posted_sort";

	private static final String STORED_ID = "id_value";

	private static final String STORED_TITLE = "title_value";

	private static final String STORED_COMPANY = "company_value";

	private static final String STORED_LOCATION = "location_value";

	private static final String STORED_SALARY = "salary_value";

	private static final String STORED_SUMMARY = "summary_value";

	private static final String STORED_POSTED = "posted_value";

	/** The most a brand-new posting gains over an old one; a title match of one word scores several points. */
	static final float RECENCY_WEIGHT = 1.0f;

	/** The age at which a posting gets half the recency weight. */
	static final long RECENCY_PIVOT_SECONDS = 14 * 86_400L;

	private static final Sort BY_SCORE = new Sort(SortField.FIELD_SCORE, new SortField(ID_SORT, SortField.Type.LONG, true));

	private static final Sort BY_DATE = new Sort(new SortField(POSTED_SORT, SortField.Type.LONG, true),
			new SortField(ID_SORT, SortField.Type.LONG, true));

	/** One hit, ready to be shown. */
	record JobHit(long id, String title, String company, String location, String commuteType, String jobLevel,
			@Nullable String salary, Instant postedAt, String summary) {
	}

	/**
	 * One page of a search.
	 * @param next where the next page starts, or null on the last page
	 */
	record SearchPage(List<JobHit> hits, long total, SearchCursor.@Nullable Position next) {
	}

	private final Directory directory;

	private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new JobAnalyzer(),
			Map.of(JobQueryBuilder.SPELL, new JobAnalyzer(false)));

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final JobQueryBuilder queries;

	private final Map<String, Places.City> cities = new ConcurrentHashMap<>();

	/**
	 * @param directory where the index lives; whatever it holds is discarded
	 * @param synonyms the synonym map for keyword queries
	 */
	JobSearchIndex(Directory directory, Synonyms synonyms) {
		this.directory = directory;
		this.queries = new JobQueryBuilder(this.analyzer, synonyms);
		try {
			IndexWriterConfig config = new IndexWriterConfig(this.analyzer).setOpenMode(OpenMode.CREATE)
				.setRAMBufferSizeMB(64);
			this.writer = new IndexWriter(directory, config);
			this.searchers = new SearcherManager(this.writer, null);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Adds the job, or replaces the document it had. */
	void upsert(IndexedJob job) {
		try {
			this.writer.updateDocument(new Term(ID, Long.toString(job.id())), document(job));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		if (job.city() != null && job.country() != null) {
			String regionKey = (job.region() != null) ? Places.regionKey(job.country(), job.region()) : null;
			this.cities.putIfAbsent(Places.normalise(job.city()), new Places.City(job.city(), job.country(), regionKey));
		}
	}

	/** Removes the job (closed or deleted); nothing happens when it is not indexed. */
	void delete(long jobId) {
		try {
			this.writer.deleteDocuments(new Term(ID, Long.toString(jobId)));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Makes every write so far visible to searches. */
	void refresh() {
		try {
			this.searchers.maybeRefreshBlocking();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** @return the number of searchable jobs */
	int size() {
		IndexSearcher searcher = acquire();
		try {
			return searcher.getIndexReader().numDocs();
		}
		finally {
			release(searcher);
		}
	}

	/** @return a city of an indexed job with this normalised name, or null */
	Places.@Nullable City indexedCity(String normalisedName) {
		return this.cities.get(normalisedName);
	}

	LocationResolver locations() {
		return new LocationResolver(this::indexedCity);
	}

	/**
	 * @param criteria the search
	 * @param location the resolved location, or null when none was given
	 * @param after where the previous page ended, or null for the first page
	 * @param limit the page size
	 * @param now the search's reference time (from the cursor on later pages)
	 * @return the page and the total number of matching jobs
	 */
	SearchPage search(JobSearchCriteria criteria, LocationResolver.@Nullable Resolved location,
			SearchCursor.@Nullable Position after, int limit, Instant now) {
		IndexSearcher searcher = acquire();
		try {
			Query keywords = (criteria.keywords() != null)
					? this.queries.keywords(criteria.keywords(), searcher.getIndexReader()) : null;
			List<Query> filters = JobQueryBuilder.filters(criteria, location, now);
			Query matching = combine(keywords, filters, now);
			boolean byScore = keywords != null;
			Query ranked = byScore ? combine(withRecency(keywords, now), filters, now) : matching;
			Sort sort = byScore ? BY_SCORE : BY_DATE;
			TopFieldDocs top;
			if (after == null || after.byScore() != byScore) {
				top = searcher.search(ranked, limit + 1, sort, byScore);
			}
			else {
				Object first = byScore ? (Object) Float.intBitsToFloat((int) after.sortValue())
						: (Object) after.sortValue();
				// the last document of the reader: a hit with the same sort values (only the previous
				// page's last job itself, ids being unique) is never collected again
				FieldDoc position = new FieldDoc(Math.max(0, searcher.getIndexReader().maxDoc() - 1),
						byScore ? Float.intBitsToFloat((int) after.sortValue()) : Float.NaN,
						new Object[] { first, after.jobId() });
				top = searcher.searchAfter(position, ranked, limit + 1, sort, byScore);
			}
			long total = searcher.count(matching);
			StoredFields stored = searcher.storedFields();
			List<JobHit> hits = new ArrayList<>();
			SearchCursor.Position next = null;
			for (int i = 0; i < top.scoreDocs.length && i < limit; i++) {
				hits.add(hit(stored.document(top.scoreDocs[i].doc)));
			}
			if (top.scoreDocs.length > limit) {
				ScoreDoc last = top.scoreDocs[limit - 1];
				Object[] fields = ((FieldDoc) last).fields;
				long sortValue = byScore ? Float.floatToIntBits((Float) fields[0]) : (Long) fields[0];
				next = new SearchCursor.Position(criteria.fingerprint(), now, byScore, sortValue, (Long) fields[1]);
			}
			return new SearchPage(hits, total, next);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(searcher);
		}
	}

	/**
	 * @return how many jobs match, without ranking them (for hints on empty results)
	 */
	long count(JobSearchCriteria criteria, LocationResolver.@Nullable Resolved location, Instant now) {
		IndexSearcher searcher = acquire();
		try {
			Query keywords = (criteria.keywords() != null)
					? this.queries.keywords(criteria.keywords(), searcher.getIndexReader()) : null;
			return searcher.count(combine(keywords, JobQueryBuilder.filters(criteria, location, now), now));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			release(searcher);
		}
	}

	/*
	 * Recency is an additive clause (Lucene's distance feature: weight * pivot / (pivot + age))
	 * rather than a multiplier, because an additive feature has a known maximum: the collector
	 * can then skip documents that cannot reach the top hits (block-max WAND) instead of scoring
	 * every match. The weight is small beside a title match, so relevance still decides and
	 * recency breaks near-ties.
	 */
	static Query withRecency(Query keywords, Instant now) {
		return new BooleanQuery.Builder().add(keywords, Occur.MUST)
			.add(LongField.newDistanceFeatureQuery(JobQueryBuilder.POSTED, RECENCY_WEIGHT, now.getEpochSecond(),
					RECENCY_PIVOT_SECONDS), Occur.SHOULD)
			.build();
	}

	private static Query combine(@Nullable Query keywords, List<Query> filters, Instant now) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		query.add((keywords != null) ? keywords : new MatchAllDocsQuery(), Occur.MUST);
		filters.forEach((filter) -> query.add(filter, Occur.FILTER));
		query.add(JobQueryBuilder.expired(now), Occur.MUST_NOT);
		return query.build();
	}

	private static Document document(IndexedJob job) {
		Document document = new Document();
		document.add(new StringField(ID, Long.toString(job.id()), Store.NO));
		document.add(new NumericDocValuesField(ID_SORT, job.id()));
		document.add(new StoredField(STORED_ID, job.id()));
		document.add(new TextField(JobQueryBuilder.TITLE, job.title(), Store.NO));
		document.add(new StoredField(STORED_TITLE, job.title()));
		document.add(new TextField(JobQueryBuilder.COMPANY, job.company(), Store.NO));
		document.add(new StoredField(STORED_COMPANY, job.company()));
		document.add(new TextField(JobQueryBuilder.SKILLS, String.join("\n", job.requirements()), Store.NO));
		document.add(new TextField(JobQueryBuilder.DESCRIPTION, job.description(), Store.NO));
		document.add(new TextField(JobQueryBuilder.SPELL, job.title() + "\n" + String.join("\n", job.requirements()),
				Store.NO));
		StringBuilder place = new StringBuilder();
		if (job.city() != null) {
			place.append(job.city()).append(' ');
			document.add(new StringField(JobQueryBuilder.CITY, Places.normalise(job.city()), Store.NO));
		}
		if (job.country() != null) {
			document.add(new StringField(JobQueryBuilder.COUNTRY, job.country(), Store.NO));
			place.append(Places.countryName(job.country())).append(' ');
			if (job.region() != null) {
				String regionKey = Places.regionKey(job.country(), job.region());
				document.add(new StringField(JobQueryBuilder.REGION, regionKey, Store.NO));
				String regionName = Places.regionName(regionKey);
				place.append(job.region()).append(' ').append((regionName != null) ? regionName : "");
			}
		}
		document.add(new TextField(JobQueryBuilder.LOCATION, place.toString(), Store.NO));
		document.add(new StoredField(STORED_LOCATION, job.locationText()));
		if (job.commuteType().equals("remote")) {
			if (job.applicantCountries() == null || job.applicantCountries().isEmpty()) {
				document.add(new StringField(JobQueryBuilder.APPLICANT_COUNTRY, JobQueryBuilder.ANYWHERE, Store.NO));
			}
			else {
				job.applicantCountries().forEach((code) -> document
					.add(new StringField(JobQueryBuilder.APPLICANT_COUNTRY, code, Store.NO)));
			}
		}
		document.add(new StringField(JobQueryBuilder.COMMUTE, job.commuteType(), Store.YES));
		document.add(new StringField(JobQueryBuilder.LEVEL, job.jobLevel(), Store.YES));
		Long yearly = SalaryText.yearlyMax(job.salaryMin(), job.salaryMax(), job.salaryPeriod());
		if (yearly != null) {
			document.add(new LongPoint(JobQueryBuilder.SALARY_YEAR, yearly));
		}
		String salary = SalaryText.format(job.salaryMin(), job.salaryMax(), job.salaryCurrency(), job.salaryPeriod());
		if (salary != null) {
			document.add(new StoredField(STORED_SALARY, salary));
		}
		long posted = job.postedAt().getEpochSecond();
		document.add(new LongField(JobQueryBuilder.POSTED, posted, Store.NO));
		document.add(new NumericDocValuesField(POSTED_SORT, posted));
		document.add(new StoredField(STORED_POSTED, posted));
		document.add(new LongPoint(JobQueryBuilder.VALID_UNTIL,
				(job.validThrough() != null) ? job.validThrough().getEpochSecond() : Long.MAX_VALUE));
		document.add(new StoredField(STORED_SUMMARY, JobSummary.create(job.title(), job.description())));
		return document;
	}

	private static JobHit hit(Document document) {
		return new JobHit(document.getField(STORED_ID).numericValue().longValue(), document.get(STORED_TITLE),
				document.get(STORED_COMPANY), document.get(STORED_LOCATION), document.get(JobQueryBuilder.COMMUTE),
				document.get(JobQueryBuilder.LEVEL), document.get(STORED_SALARY),
				Instant.ofEpochSecond(document.getField(STORED_POSTED).numericValue().longValue()),
				document.get(STORED_SUMMARY));
	}

	private IndexSearcher acquire() {
		try {
			return this.searchers.acquire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void release(IndexSearcher searcher) {
		try {
			this.searchers.release(searcher);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.searchers.close();
		this.writer.close();
		this.directory.close();
	}

}
