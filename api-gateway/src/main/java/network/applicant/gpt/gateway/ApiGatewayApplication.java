package network.applicant.gpt.gateway;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The public entry point of the Applicant.Network GPT platform: a reactive Spring Cloud
 * Gateway that routes {@code /api/v1/gpt/**} and {@code /.well-known/**} to the oauth and
 * actions services.
 */
@SpringBootApplication
public class ApiGatewayApplication {

	public static void main(String[] args) {
		SpringApplication.run(ApiGatewayApplication.class, args);
	}

}
