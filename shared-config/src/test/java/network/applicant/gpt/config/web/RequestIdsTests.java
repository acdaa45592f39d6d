package network.applicant.gpt.config.web;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdsTests {

	@Test
	void adoptOrGenerateKeepsAWellFormedId() {
		assertThat(RequestIds.adoptOrGenerate("c0ffee00-1234-4abc-8def-0123456789ab"))
			.isEqualTo("c0ffee00-1234-4abc-8def-0123456789ab");
	}

	@Test
	void adoptOrGenerateReplacesIdsThatCouldForgeLogLines() {
		String forged = "abcdefgh\n{\"level\":\"ERROR\"}";

		assertThat(RequestIds.adoptOrGenerate(forged)).isNotEqualTo(forged).matches("[0-9a-f-]{36}");
	}

	@Test
	void adoptOrGenerateReplacesMissingShortAndHugeIds() {
		assertThat(RequestIds.adoptOrGenerate(null)).matches("[0-9a-f-]{36}");
		assertThat(RequestIds.adoptOrGenerate("short")).matches("[0-9a-f-]{36}");
		assertThat(RequestIds.adoptOrGenerate("a".repeat(129))).matches("[0-9a-f-]{36}");
	}

	@Test
	void currentIsTheLoggingContextsIdWhileARequestIsServed() {
		assertThat(RequestIds.current()).isNull();
		MDC.put(RequestIds.MDC_KEY, "req-12345678");
		try {
			assertThat(RequestIds.current()).isEqualTo("req-12345678");
		}
		finally {
			MDC.remove(RequestIds.MDC_KEY);
		}
	}

}
