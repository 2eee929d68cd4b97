package org.accords;

import org.accords.draft.DraftCommand;
import org.accords.seed.ValidateCommand;
import org.accords.synthetic.GenerateCommand;

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
		// commands run without Spring: no store, no web server, no seed load
		if (args.length > 0 && args[0].equals(GenerateCommand.NAME)) {
			int status = GenerateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out,
					System.err);
			if (status != 0) {
				System.exit(status);
			}
			return;
		}
		if (args.length > 0 && args[0].equals(DraftCommand.NAME)) {
			int status = DraftCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err);
			if (status != 0) {
				System.exit(status);
			}
			return;
		}
		if (args.length > 0 && args[0].equals(ValidateCommand.NAME)) {
			System
				.exit(ValidateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
			return;
		}
		SpringApplication.run(AccordsApplication.class, args);
	}

}
