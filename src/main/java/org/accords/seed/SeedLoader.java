package org.accords.seed;

import org.accords.AccordsProperties;
import org.accords.dataset.DatasetState;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Loads the seed data: reads every file, verifies everything, and only then publishes a
 * new dataset version. Runs at startup; the application is not ready until it is done.
 */
@Component
public class SeedLoader implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(SeedLoader.class);

	private final ResourcePatternResolver resolver;

	private final DatasetPublisher publisher;

	private final DatasetState state;

	private final AccordsProperties properties;

	SeedLoader(ResourcePatternResolver resolver, DatasetPublisher publisher, DatasetState state,
			AccordsProperties properties) {
		this.resolver = resolver;
		this.publisher = publisher;
		this.state = state;
		this.properties = properties;
	}

	/** What a load did. */
	public enum Outcome {

		/** a new version is served */
		PUBLISHED,
		/** the files are those of the version already served */
		UNCHANGED

	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.properties.seed().loadOnStartup()) {
			this.state.refresh();
			return;
		}
		try {
			load(this.properties.seed().location());
		}
		catch (SeedException ex) {
			this.state.refresh();
			if (this.state.currentOrNull() == null) {
				throw ex;
			}
			logger.error(ex.getMessage() + "\nStill serving dataset version " + this.state.version());
		}
	}

	/**
	 * Loads the seed folder at {@code location} (a Spring resource location).
	 * @throws SeedException naming every problem; nothing is written then
	 */
	public Outcome load(String location) {
		SeedFiles files = SeedFiles.read(this.resolver, location);
		String version = files.version();
		if (version.equals(this.publisher.currentVersion())) {
			// the very files of the version served were verified when it was published:
			// a restart need not parse and check them again (minutes for a large corpus)
			this.state.refresh();
			logger.info("Seed data unchanged, serving dataset version " + version);
			return Outcome.UNCHANGED;
		}
		SeedValidator.Checked checked = SeedValidator.check(files);
		if (checked.summary() != null) {
			logger.warn(checked.summary());
		}
		SeedDataset dataset = checked.dataset();
		boolean published = this.publisher.publish(version, dataset, files.sources());
		this.state.refresh();
		if (!published) {
			logger.info("Seed data unchanged, serving dataset version " + version);
		}
		return published ? Outcome.PUBLISHED : Outcome.UNCHANGED;
	}

}
