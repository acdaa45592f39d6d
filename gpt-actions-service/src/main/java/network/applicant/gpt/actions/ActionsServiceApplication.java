package network.applicant.gpt.actions;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The GPT actions service: the API that a Custom GPT calls, through the gateway, on behalf
 * of a signed-in candidate.
 */
@SpringBootApplication
public class ActionsServiceApplication {

	public static void main(String[] args) {
		SpringApplication.run(ActionsServiceApplication.class, args);
	}

}
