package network.applicant.gpt.actions.jobs;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

/**
 * Reads jobs for the search index from the platform tables.
 */
final class JobIndexDao {

	/** A job row with everything the index needs, and whether it is searchable. */
	record JobRow(IndexedJob job, boolean open) {
	}

	/** A job that changed, with the time of its latest change (the job's or its company's). */
	record Change(long id, Instant changedAt) {
	}

	private static final String SELECT = """
			SELECT j.id, j.title, c.name AS company, j.description, j.city, j.region, j.country,
			       j.applicant_countries, j.commute_type, j.job_level, j.salary_min, j.salary_max,
			       j.salary_currency, j.salary_period, j.posted_at, j.valid_through,
			       (j.status = 'open' AND (j.valid_through IS NULL OR j.valid_through > now())) AS open,
			       ARRAY(SELECT r.text FROM platform.job_requirements r WHERE r.job_id = j.id ORDER BY r.position)
			           AS requirements
			FROM platform.jobs j
			JOIN platform.companies c ON c.id = j.company_id
			""";

	private final Jdbi jdbi;

	JobIndexDao(Jdbi jdbi) {
		this.jdbi = jdbi;
	}

	/** @return the database's current time, the start of an index build */
	Instant now() {
		return this.jdbi.withHandle((handle) -> handle.createQuery("SELECT clock_timestamp()").mapTo(Instant.class).one());
	}

	/**
	 * @return up to {@code limit} open jobs with an id above {@code afterId}, in id order
	 */
	List<JobRow> openJobsAfter(long afterId, int limit) {
		return this.jdbi.withHandle((handle) -> handle
			.createQuery(SELECT + """
					WHERE j.id > :after AND j.status = 'open' AND (j.valid_through IS NULL OR j.valid_through > now())
					ORDER BY j.id LIMIT :limit""")
			.bind("after", afterId)
			.bind("limit", limit)
			.map((rs, ctx) -> row(rs))
			.list());
	}

	/** @return the jobs with these ids that still exist, open or not */
	List<JobRow> jobs(Collection<Long> ids) {
		return this.jdbi.withHandle((handle) -> handle.createQuery(SELECT + " WHERE j.id = ANY(:ids)")
			.bind("ids", ids.stream().mapToLong(Long::longValue).toArray())
			.map((rs, ctx) -> row(rs))
			.list());
	}

	/**
	 * @return jobs whose row, or whose company's row, changed after {@code since}
	 */
	List<Change> changedSince(Instant since) {
		return this.jdbi.withHandle((handle) -> handle.createQuery("""
				SELECT id, max(changed_at) AS changed_at FROM (
				    SELECT j.id, j.updated_at AS changed_at FROM platform.jobs j WHERE j.updated_at > :since
				    UNION ALL
				    SELECT j.id, c.updated_at FROM platform.companies c JOIN platform.jobs j ON j.company_id = c.id
				    WHERE c.updated_at > :since
				) changes
				GROUP BY id
				ORDER BY id""")
			.bind("since", since)
			.map((rs, ctx) -> new Change(rs.getLong("id"), rs.getTimestamp("changed_at").toInstant()))
			.list());
	}

	private static JobRow row(ResultSet rs) throws SQLException {
		IndexedJob job = new IndexedJob(rs.getLong("id"), rs.getString("title"), rs.getString("company"),
				HtmlText.toPlainText(rs.getString("description")), strings(rs.getArray("requirements")),
				rs.getString("city"), rs.getString("region"), rs.getString("country"),
				nullableStrings(rs.getArray("applicant_countries")), rs.getString("commute_type"),
				rs.getString("job_level"), decimal(rs, "salary_min"), decimal(rs, "salary_max"),
				rs.getString("salary_currency"), rs.getString("salary_period"),
				rs.getTimestamp("posted_at").toInstant(), instant(rs.getTimestamp("valid_through")));
		return new JobRow(job, rs.getBoolean("open"));
	}

	private static @Nullable Instant instant(java.sql.@Nullable Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static @Nullable BigDecimal decimal(ResultSet rs, String column) throws SQLException {
		return rs.getBigDecimal(column);
	}

	private static List<String> strings(@Nullable Array array) throws SQLException {
		List<String> values = nullableStrings(array);
		return (values != null) ? values : List.of();
	}

	private static @Nullable List<String> nullableStrings(@Nullable Array array) throws SQLException {
		if (array == null) {
			return null;
		}
		return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
