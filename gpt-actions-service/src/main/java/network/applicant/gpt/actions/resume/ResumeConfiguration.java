package network.applicant.gpt.actions.resume;

import java.time.Clock;

import org.jdbi.v3.core.Jdbi;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import network.applicant.gpt.actions.resume.analysis.ResumeAnalyzer;
import network.applicant.gpt.actions.resume.analysis.SkillDictionary;
import network.applicant.gpt.actions.resume.document.DocumentTextExtractor;

/**
 * Wiring of resume analysis. The skill dictionary is loaded at start-up, so a broken
 * dictionary file stops the service instead of the first request.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResumeProperties.class)
class ResumeConfiguration {

	@Bean
	NarrativeClient resumeNarrativeClient(ResumeProperties properties, JsonMapper json) {
		return new NarrativeClient(properties.ai(), json);
	}

	@Bean
	ResumeAnalysisService resumeAnalysisService(Jdbi jdbi, ResumeProperties properties, NarrativeClient narrator) {
		return new ResumeAnalysisService(new ResumeDao(jdbi), new ResumeAnalyzer(SkillDictionary.loadDefault()),
				new DocumentTextExtractor(properties.maxPdfPages()), new AttachedFileDownloader(properties.files()),
				narrator, properties, Clock.systemUTC());
	}

}
