package network.applicant.gpt.actions.importing;

import java.time.Instant;
import java.util.List;

import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/**
 * Upserts imported jobs and their companies. Every write to {@code platform.jobs} moves
 * its {@code updated_at} (a trigger does it), which is what the search index polls.
 */
interface JobImportDao {

	record Upserted(long id, boolean inserted) {
	}

	@SqlQuery("""
			INSERT INTO platform.companies (identifier, name, website)
			VALUES (:c.identifier, :c.name, :c.website)
			ON CONFLICT (identifier) DO UPDATE
			SET name = EXCLUDED.name, website = COALESCE(EXCLUDED.website, platform.companies.website)
			RETURNING id""")
	long upsertCompany(@BindMethods("c") ImportedJob.Company company);

	/** Inserts or updates by identifier; {@code xmax = 0} only for a freshly inserted row. */
	@SqlQuery("""
			INSERT INTO platform.jobs AS j (identifier, company_id, title, description, employment_type, city, region,
			    country, applicant_countries, commute_type, job_level, salary_min, salary_max, salary_currency,
			    salary_period, posted_at, valid_through, status)
			VALUES (:j.identifier, :companyId, :j.title, :j.description, :j.employmentType, :j.city, :j.region,
			    :j.country, :j.applicantCountriesArray, :j.commuteType, :j.jobLevel, :j.salaryMin, :j.salaryMax,
			    :j.salaryCurrency, :j.salaryPeriod, COALESCE(CAST(:j.postedAt AS timestamptz), :now), :j.validThrough, :status)
			ON CONFLICT (identifier) DO UPDATE SET
			    company_id = EXCLUDED.company_id, title = EXCLUDED.title, description = EXCLUDED.description,
			    employment_type = EXCLUDED.employment_type, city = EXCLUDED.city, region = EXCLUDED.region,
			    country = EXCLUDED.country, applicant_countries = EXCLUDED.applicant_countries,
			    commute_type = EXCLUDED.commute_type, job_level = EXCLUDED.job_level,
			    salary_min = EXCLUDED.salary_min, salary_max = EXCLUDED.salary_max,
			    salary_currency = EXCLUDED.salary_currency, salary_period = EXCLUDED.salary_period,
			    posted_at = COALESCE(CAST(:j.postedAt AS timestamptz), j.posted_at), valid_through = EXCLUDED.valid_through,
			    status = EXCLUDED.status
			RETURNING id, (xmax = 0) AS inserted""")
	@RegisterConstructorMapper(Upserted.class)
	Upserted upsertJob(@BindMethods("j") ImportedJob job, @Bind("companyId") long companyId,
			@Bind("status") String status, @Bind("now") Instant now);

	@SqlUpdate("DELETE FROM platform.job_requirements WHERE job_id = :jobId")
	void deleteRequirements(@Bind("jobId") long jobId);

	@SqlBatch("""
			INSERT INTO platform.job_requirements (job_id, kind, text, position)
			VALUES (:jobId, 'required', :text, :position)""")
	void insertRequirements(@Bind("jobId") long jobId, @Bind("text") List<String> texts,
			@Bind("position") List<Integer> positions);

}
