package network.applicant.gpt.actions.jobs;

import java.math.BigDecimal;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;

import network.applicant.gpt.actions.system.ActionsProperties;
import network.applicant.gpt.config.problem.ApiException;

/**
 * Reads one open job with its company, requirements and pre-screen questions, and whether
 * the candidate applied, straight from PostgreSQL (the index is not needed for one job).
 */
final class JobDetails {

	/** Longest description returned; postings are far shorter, this bounds the response. */
	static final int MAX_DESCRIPTION = 20_000;

	static final int MAX_COMPANY_DESCRIPTION = 2_000;

	private final Jdbi jdbi;

	private final ActionsProperties actions;

	JobDetails(Jdbi jdbi, ActionsProperties actions) {
		this.jdbi = jdbi;
		this.actions = actions;
	}

	/**
	 * @throws ApiException 404 {@code job_not_found} when the job does not exist, is closed
	 * or expired
	 */
	JobDetailsResponse details(long jobId, String candidateId) {
		return this.jdbi.withHandle((handle) -> load(handle, jobId, candidateId)).orElseThrow(() -> notFound(jobId));
	}

	static ApiException notFound(long jobId) {
		return new ApiException(HttpStatus.NOT_FOUND, "job_not_found", "Job not found", "There is no open job with id "
				+ jobId + "; it may have been filled or closed. Search again to find current jobs.");
	}

	private Optional<JobDetailsResponse> load(Handle handle, long jobId, String candidateId) {
		Optional<Row> found = handle.createQuery("""
				SELECT j.id, j.title, j.description, j.employment_type, j.city, j.region, j.country,
				       j.applicant_countries, j.commute_type, j.job_level, j.salary_min, j.salary_max,
				       j.salary_currency, j.salary_period, j.posted_at, j.valid_through,
				       c.name AS company_name, c.website, c.industry, c.size, c.headquarters,
				       c.description AS company_description
				FROM platform.jobs j
				JOIN platform.companies c ON c.id = j.company_id
				WHERE j.id = :id AND j.status = 'open' AND (j.valid_through IS NULL OR j.valid_through > now())""")
			.bind("id", jobId)
			.map((rs, ctx) -> new Row(rs))
			.findOne();
		if (found.isEmpty()) {
			return Optional.empty();
		}
		Row job = found.get();
		List<String> required = new ArrayList<>();
		List<String> preferred = new ArrayList<>();
		handle.createQuery("SELECT kind, text FROM platform.job_requirements WHERE job_id = :id ORDER BY position")
			.bind("id", jobId)
			.map((rs, ctx) -> {
				(rs.getString("kind").equals("preferred") ? preferred : required).add(rs.getString("text"));
				return 1;
			})
			.list();
		List<JobDetailsResponse.Question> questions = handle.createQuery("""
				SELECT id, question, answer_type, choices, required FROM platform.prescreen_questions
				WHERE job_id = :id ORDER BY position""")
			.bind("id", jobId)
			.map((rs, ctx) -> new JobDetailsResponse.Question(rs.getLong("id"), rs.getString("question"),
					rs.getString("answer_type"), strings(rs.getArray("choices")), rs.getBoolean("required")))
			.list();
		JobDetailsResponse.Application application = handle.createQuery("""
				SELECT id, status, submitted_at FROM platform.applications
				WHERE candidate_id = :candidate AND job_id = :id""")
			.bind("candidate", candidateId)
			.bind("id", jobId)
			.map((rs, ctx) -> new JobDetailsResponse.Application(rs.getLong("id"), rs.getString("status"),
					rs.getTimestamp("submitted_at").toInstant().toString()))
			.findOne()
			.orElse(null);
		return Optional.of(response(job, required, preferred, questions, application));
	}

	private JobDetailsResponse response(Row job, List<String> required, List<String> preferred,
			List<JobDetailsResponse.Question> questions, JobDetailsResponse.@Nullable Application application) {
		String description = HtmlText.toPlainText(job.description);
		if (description.length() > MAX_DESCRIPTION) {
			description = description.substring(0, MAX_DESCRIPTION)
					+ "\n\n[Description shortened; the full posting is at " + this.actions.jobUrl(job.id) + "]";
		}
		String companyDescription = (job.companyDescription != null) ? HtmlText.toPlainText(job.companyDescription)
				: null;
		if (companyDescription != null && companyDescription.length() > MAX_COMPANY_DESCRIPTION) {
			companyDescription = JobSummary.shorten(companyDescription.substring(0, MAX_COMPANY_DESCRIPTION));
		}
		JobDetailsResponse.SalaryRange range = (job.salaryCurrency != null && job.salaryPeriod != null
				&& (job.salaryMin != null || job.salaryMax != null))
						? new JobDetailsResponse.SalaryRange(job.salaryMin, job.salaryMax, job.salaryCurrency,
								job.salaryPeriod)
						: null;
		return new JobDetailsResponse(job.id, job.title,
				new JobDetailsResponse.Company(job.companyName, job.website, job.industry, job.size, job.headquarters,
						companyDescription),
				IndexedJob.locationText(job.city, job.region, job.country, job.applicantCountries, job.commuteType),
				job.city, job.region, job.country, job.applicantCountries, job.commuteType, job.jobLevel,
				job.employmentType,
				SalaryText.format(job.salaryMin, job.salaryMax, job.salaryCurrency, job.salaryPeriod), range,
				job.postedAt.toString(), (job.validThrough != null) ? job.validThrough.toString() : null, description,
				new JobDetailsResponse.Requirements(List.copyOf(required), List.copyOf(preferred)), questions,
				application != null, application, this.actions.jobUrl(job.id));
	}

	private static @Nullable List<String> strings(@Nullable Array array) throws SQLException {
		return (array != null) ? Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList() : null;
	}

	/** The job and company columns. */
	private static final class Row {

		final long id;

		final String title;

		final String description;

		final String employmentType;

		final @Nullable String city;

		final @Nullable String region;

		final @Nullable String country;

		final @Nullable List<String> applicantCountries;

		final String commuteType;

		final String jobLevel;

		final @Nullable BigDecimal salaryMin;

		final @Nullable BigDecimal salaryMax;

		final @Nullable String salaryCurrency;

		final @Nullable String salaryPeriod;

		final Instant postedAt;

		final @Nullable Instant validThrough;

		final String companyName;

		final @Nullable String website;

		final @Nullable String industry;

		final @Nullable String size;

		final @Nullable String headquarters;

		final @Nullable String companyDescription;

		Row(ResultSet rs) throws SQLException {
			this.id = rs.getLong("id");
			this.title = rs.getString("title");
			this.description = rs.getString("description");
			this.employmentType = rs.getString("employment_type");
			this.city = rs.getString("city");
			this.region = rs.getString("region");
			this.country = rs.getString("country");
			this.applicantCountries = strings(rs.getArray("applicant_countries"));
			this.commuteType = rs.getString("commute_type");
			this.jobLevel = rs.getString("job_level");
			this.salaryMin = plain(rs.getBigDecimal("salary_min"));
			this.salaryMax = plain(rs.getBigDecimal("salary_max"));
			this.salaryCurrency = rs.getString("salary_currency");
			this.salaryPeriod = rs.getString("salary_period");
			this.postedAt = rs.getTimestamp("posted_at").toInstant();
			Timestamp valid = rs.getTimestamp("valid_through");
			this.validThrough = (valid != null) ? valid.toInstant() : null;
			this.companyName = rs.getString("company_name");
			this.website = rs.getString("website");
			this.industry = rs.getString("industry");
			this.size = rs.getString("size");
			this.headquarters = rs.getString("headquarters");
			this.companyDescription = rs.getString("company_description");
		}

		/** 120000.00 as 120000 and 38.50 as 38.5, never in exponent notation. */
		private static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
			if (value == null) {
				return null;
			}
			BigDecimal stripped = value.stripTrailingZeros();
			return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
		}

	}

}
