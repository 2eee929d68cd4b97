package org.accords;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Set;

import org.accords.draft.DraftCommand;
import org.accords.seed.ValidateCommand;
import org.accords.synthetic.GenerateCommand;
import org.jspecify.annotations.Nullable;

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

	static final String USAGE = """
			usage: java -jar accords.jar [--setting=value ...]     start the server (settings: docs/configuration.md)
			       java -jar accords.jar validate DIR [--format text|json]
			       java -jar accords.jar draft ARTICLE.txt [--dataset DIR] [--out FILE]
			       java -jar accords.jar draft --evaluate DIR [--misses]
			       java -jar accords.jar generate --statements=N --out=DIR [--seed=42]
			""";

	private static final Set<String> HELP = Set.of("--help", "-help", "-h", "help");

	public static void main(String[] args) {
		Integer status = command(args, System.out, System.err);
		if (status == null) {
			SpringApplication.run(AccordsApplication.class, args);
		}
		else {
			// validate's ICU and store threads must not keep a finished command running
			System.exit(status);
		}
	}

	/**
	 * Runs the command {@code args} name, without Spring (no store, no web server, no
	 * seed load), and returns its exit status; {@code null} when the arguments are the
	 * server's settings. A first argument that is neither a command nor a setting is a
	 * mistyped command: it is refused, rather than starting a server on port 8080.
	 */
	static @Nullable Integer command(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0) {
			return null;
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		return switch (args[0]) {
			case GenerateCommand.NAME -> GenerateCommand.run(rest, out, err);
			case DraftCommand.NAME -> DraftCommand.run(rest, out, err);
			case ValidateCommand.NAME -> ValidateCommand.run(rest, out, err);
			default -> {
				if (HELP.contains(args[0])) {
					out.print(USAGE);
					yield 0;
				}
				if (args[0].startsWith("-")) {
					yield null;
				}
				err.println("unknown command '" + args[0] + "'");
				err.print(USAGE);
				yield 2;
			}
		};
	}

}
