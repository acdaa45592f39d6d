package network.applicant.gpt.cleanup;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Runs every sweep once and exits: 0 when all succeeded, 1 when any failed or the
 * job could not start (bad configuration, database unreachable).
 */
@SpringBootApplication
@EnableConfigurationProperties(CleanupProperties.class)
public class TokenCleanupJobApplication {

	private static final Logger log = LoggerFactory.getLogger(TokenCleanupJobApplication.class);

	public static void main(String[] args) {
		int status;
		try {
			status = SpringApplication.exit(SpringApplication.run(TokenCleanupJobApplication.class, args));
		}
		catch (RuntimeException ex) {
			// Boot has already reported why start-up failed
			status = 1;
		}
		System.exit(status);
	}

	@Bean
	SweepRunner sweepRunner(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
			CleanupProperties properties) {
		return new SweepRunner(jdbc, transactionManager, properties, Clock.systemUTC());
	}

	@Bean
	CleanupRun cleanupRun(SweepRunner runner, CleanupProperties properties) {
		return new CleanupRun(runner, properties);
	}

	/** Runs the sweeps at start-up and remembers the outcome for the exit code. */
	static final class CleanupRun implements ApplicationRunner, ExitCodeGenerator {

		private final SweepRunner runner;

		private final CleanupProperties properties;

		private volatile int exitCode = 1;

		CleanupRun(SweepRunner runner, CleanupProperties properties) {
			this.runner = runner;
			this.properties = properties;
		}

		@Override
		public void run(org.springframework.boot.ApplicationArguments args) {
			SweepRunner.Summary summary = this.runner.run(Sweeps.of(this.properties));
			this.exitCode = summary.failed() ? 1 : 0;
			log.atInfo()
				.addKeyValue("deleted", summary.deleted())
				.addKeyValue("failed", summary.failed())
				.log("Token cleanup finished: {} rows deleted{}", summary.deleted(),
						summary.failed() ? ", with failures" : "");
		}

		@Override
		public int getExitCode() {
			return this.exitCode;
		}

	}

}
