package network.applicant.gpt.audit.events;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.messaging.Message;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.util.unit.DataSize;

import network.applicant.gpt.config.audit.AuditEvent;
import network.applicant.gpt.config.audit.AuditEventCodec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AuditEventReceiverTests {

	private static final AuditConsumerProperties.Retry RETRY = new AuditConsumerProperties.Retry(3,
			Duration.ofMillis(200), 2.0, Duration.ofSeconds(1));

	private final AuditEventCodec codec = new AuditEventCodec();

	private final InMemoryDao dao = new InMemoryDao();

	private final AuditEventReceiver receiver = new AuditEventReceiver(this.codec, this.dao,
			new AuditConsumerProperties(DataSize.ofKilobytes(2), RETRY));

	private Message<byte[]> message(byte[] body) {
		return MessageBuilder.withPayload(body).build();
	}

	@Test
	void receiveWhenValidEventThenInsertsItsRow() {
		AuditEvent event = TestAuditEvents.fullEvent().build();

		assertThat(this.receiver.receive(message(this.codec.toJson(event)))).isTrue();

		assertThat(this.dao.rows).containsExactly(AuditEventRow.from(event));
	}

	@Test
	void receiveWhenSameEventTwiceThenSecondCallInsertsNothingAndDoesNotThrow() {
		byte[] json = this.codec.toJson(TestAuditEvents.fullEvent().build());

		assertThat(this.receiver.receive(message(json))).isTrue();
		assertThat(this.receiver.receive(message(json))).isFalse();

		assertThat(this.dao.rows).hasSize(1);
	}

	@Test
	void receiveWhenBodyLargerThanMaxPayloadSizeThenMalformedNamingTheKeyAndNothingStored() {
		byte[] body = new byte[2049];

		assertThatExceptionOfType(RejectedAuditMessageException.class).isThrownBy(() -> this.receiver.receive(message(body)))
			.withMessageContaining("applicant.audit.consumer.max-payload-size");
		assertThat(this.dao.rows).isEmpty();
	}

	@Test
	void receiveWhenBodyIsNotJsonThenMalformedWithoutThePayload() {
		byte[] body = "password=hunter2".getBytes(StandardCharsets.UTF_8);

		assertThatExceptionOfType(RejectedAuditMessageException.class).isThrownBy(() -> this.receiver.receive(message(body)))
			.withMessageNotContaining("hunter2");
		assertThat(this.dao.rows).isEmpty();
	}

	private static final class InMemoryDao implements AuditEventDao {

		private final List<AuditEventRow> rows = new ArrayList<>();

		private final Set<UUID> ids = new HashSet<>();

		@Override
		public int insertIfAbsent(AuditEventRow row) {
			if (!this.ids.add(row.eventId())) {
				return 0;
			}
			this.rows.add(row);
			return 1;
		}

	}

}
