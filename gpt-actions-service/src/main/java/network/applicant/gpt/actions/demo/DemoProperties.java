package network.applicant.gpt.actions.demo;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * What the local-profile demo loader writes. Bound only when the {@code local} profile is
 * active.
 *
 * @param jobs whether to load demo jobs (and the demo applications to them); {@code false}
 * still loads companies, candidates and resumes. {@code application-local.yml} binds it
 * from the {@code DEMO_JOBS} environment variable
 * @param openJobs how many open demo jobs to generate
 * @param closedJobs how many closed demo jobs to generate
 */
@Validated
@ConfigurationProperties(DemoProperties.PREFIX)
record DemoProperties(@DefaultValue("true") boolean jobs,
		@DefaultValue("300") @Min(0) @Max(2000) int openJobs,
		@DefaultValue("8") @Min(0) @Max(200) int closedJobs) {

	static final String PREFIX = "applicant.demo";

	DemoProperties {
		if (jobs && openJobs == 0) {
			throw new IllegalArgumentException(PREFIX + ".open-jobs must be at least 1 when " + PREFIX
					+ ".jobs is true; set " + PREFIX + ".jobs=false (DEMO_JOBS=false) for an empty job catalog");
		}
	}

}
