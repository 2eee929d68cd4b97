package org.accords;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Accords: an open-data GraphQL API about intergovernmental defence-industry agreements.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class AccordsApplication {

	public static void main(String[] args) {
		SpringApplication.run(AccordsApplication.class, args);
	}

}
