package network.applicant.gpt.actions.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;

import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.jdbi.v3.core.Jdbi;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import network.applicant.gpt.actions.system.ActionsProperties;
import network.applicant.gpt.config.internal.InternalServiceProperties;

/**
 * The job search index, its maintenance and the two job actions.
 *
 * <p>The first build starts when the application is ready (after the local demo data is
 * loaded) and runs in the background; the {@code jobSearchIndex} health indicator, part of
 * readiness, stays DOWN until it finishes, so no replica receives searches before it can
 * answer them.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ JobSearchProperties.class, ActionsProperties.class })
class JobsConfiguration {

	@Bean(destroyMethod = "")
	JobSearchIndex jobSearchIndex(JobSearchProperties properties) {
		return new JobSearchIndex(directory(properties), Synonyms.standard());
	}

	private static Directory directory(JobSearchProperties properties) {
		if (properties.store() == JobSearchProperties.Store.MEMORY || properties.path() == null) {
			return new ByteBuffersDirectory();
		}
		try {
			Files.createDirectories(properties.path());
			return new MMapDirectory(properties.path());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(JobSearchProperties.PREFIX + ".path " + properties.path()
					+ " cannot be used as the index directory", ex);
		}
	}

	@Bean(destroyMethod = "close")
	JobIndexMaintainer jobIndexMaintainer(JobSearchIndex index, Jdbi jdbi, JobSearchProperties properties) {
		return new JobIndexMaintainer(index, new JobIndexDao(jdbi), properties);
	}

	@Bean
	ApplicationListener<ApplicationReadyEvent> jobIndexStarter(JobIndexMaintainer maintainer) {
		return (event) -> maintainer.start();
	}

	@Bean
	HealthIndicator jobSearchIndexHealthIndicator(JobIndexMaintainer maintainer) {
		return () -> maintainer.isReady() ? Health.up().build()
				: Health.outOfService().withDetail("reason", "job search index is being built").build();
	}

	@Bean
	JobSearch jobSearch(JobSearchIndex index, JobIndexMaintainer maintainer, InternalServiceProperties internal,
			ActionsProperties actions, Clock clock) {
		return new JobSearch(index, maintainer, new SearchCursor(internal.serviceKey()), actions, clock);
	}

	@Bean
	JobDetails jobDetails(Jdbi jdbi, ActionsProperties actions) {
		return new JobDetails(jdbi, actions);
	}

}
