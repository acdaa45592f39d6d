package network.applicant.gpt.audit;

import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Deletes the shared test context's destination (exchange, queue, dead-letter queue) when
 * the context closes, which is after its binding has stopped, so nothing declares it again.
 */
@TestConfiguration(proxyBeanMethods = false)
class DeleteTestDestination {

	@Bean
	DisposableBean deleteTestDestination() {
		return () -> {
			CachingConnectionFactory connections = new CachingConnectionFactory("127.0.0.1", 5672);
			try {
				RabbitAdmin admin = new RabbitAdmin(connections);
				String queue = AuditConsumerIntegrationTestSupport.DESTINATION + "."
						+ AuditConsumerIntegrationTestSupport.GROUP;
				admin.deleteQueue(queue);
				admin.deleteQueue(queue + ".dlq");
				admin.deleteExchange(AuditConsumerIntegrationTestSupport.DESTINATION);
			}
			finally {
				connections.destroy();
			}
		};
	}

}
