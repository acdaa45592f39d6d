package network.applicant.gpt.audit.events;

import java.sql.SQLException;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.amqp.support.AmqpHeaders;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.ErrorMessage;
import org.springframework.messaging.support.MessageBuilder;


import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
class DeadLetterLogTests {

	private final DeadLetterLog log = new DeadLetterLog();

	private static Message<byte[]> failed(Object messageId) {
		return MessageBuilder.withPayload("secret=hunter2".getBytes()).setHeader(AmqpHeaders.MESSAGE_ID, messageId).build();
	}

	@Test
	void handleMessageWhenMalformedThenWarnsWithEventIdAndReasonButNoPayload(CapturedOutput output) {
		UUID id = UUID.randomUUID();
		Message<byte[]> message = failed(id.toString());

		this.log.handleMessage(new ErrorMessage(new MessageHandlingException(message, "handler failed",
				new RejectedAuditMessageException("audit event breaks the contract: unsupported audit event schemaVersion 9"))));

		assertThat(output).contains("Dead-lettered audit message " + id)
			.contains("unsupported audit event schemaVersion 9")
			.doesNotContain("hunter2");
	}

	@Test
	void handleMessageWhenOtherFailureThenNamesOnlyTheExceptionType(CapturedOutput output) {
		Message<byte[]> message = failed(UUID.randomUUID().toString());

		this.log.handleMessage(new ErrorMessage(new MessageHandlingException(message, "handler failed",
				new IllegalStateException("wrapper", new SQLException("Failing row contains (hunter2)")))));

		assertThat(output).contains("java.sql.SQLException (retries exhausted)").doesNotContain("hunter2");
	}

	@Test
	void handleMessageWhenMessageIdIsNotAUuidThenUnknown(CapturedOutput output) {
		Message<byte[]> message = failed("x\nforged log line");

		this.log.handleMessage(new ErrorMessage(new MessageHandlingException(message, "failed",
				new RejectedAuditMessageException("not an audit event: JsonParseException"))));

		assertThat(output).contains("Dead-lettered audit message unknown").doesNotContain("forged log line");
	}

}
