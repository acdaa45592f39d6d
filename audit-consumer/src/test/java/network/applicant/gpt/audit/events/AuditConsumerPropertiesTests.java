package network.applicant.gpt.audit.events;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuditConsumerPropertiesTests {

	private static final AuditConsumerProperties.Retry RETRY = new AuditConsumerProperties.Retry(3,
			Duration.ofMillis(200), 2.0, Duration.ofSeconds(1));

	@Test
	void maxPayloadSizeWhenWithinBoundsThenAccepted() {
		assertThat(new AuditConsumerProperties(DataSize.ofKilobytes(64), RETRY).maxPayloadSize())
			.isEqualTo(DataSize.ofKilobytes(64));
	}

	@Test
	void maxPayloadSizeWhenTooLargeThenRefusedNamingTheKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditConsumerProperties(DataSize.ofMegabytes(2), RETRY))
			.withMessageStartingWith("applicant.audit.consumer.max-payload-size must be between 1KB and 1MB");
	}

	@Test
	void maxPayloadSizeWhenTooSmallThenRefusedNamingTheKey() {
		assertThatIllegalArgumentException().isThrownBy(() -> new AuditConsumerProperties(DataSize.ofBytes(10), RETRY))
			.withMessageContaining("applicant.audit.consumer.max-payload-size");
	}

	@Test
	void retryWhenMaxBackoffShorterThanInitialThenRefusedNamingBothKeys() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AuditConsumerProperties.Retry(3, Duration.ofSeconds(2), 2.0, Duration.ofSeconds(1)))
			.withMessage("applicant.audit.consumer.retry.max-backoff must be at least "
					+ "applicant.audit.consumer.retry.initial-backoff");
	}

	@Test
	void retryWhenMaxAttemptsZeroThenRefusedNamingTheKey() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new AuditConsumerProperties.Retry(0, Duration.ofMillis(200), 2.0, Duration.ofSeconds(1)))
			.withMessageContaining("applicant.audit.consumer.retry.max-attempts");
	}

}
