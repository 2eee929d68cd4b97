package org.accords.export;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.accords.GeneratedCorpusTest;
import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetState;
import org.accords.seed.SeedLoader;
import org.accords.store.StoreCommands;
import org.accords.store.VersionedCollections;
import org.accords.synthetic.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.accords.Awaits.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sizes of a version's downloads are measured in the background, and only while the
 * version is served: a measurement that a newer version overtakes (a busy machine takes
 * minutes at 100k statements) stops instead of reading the superseded version's query
 * tables, which would load them as an older version's and spend the one such load per 10
 * s that clients reading a kept version with {@code Accords-Version} are allowed
 * ({@code store/VersionSlots}). The sizes of every kept version are kept, and dropped
 * with the version.
 */
@GeneratedCorpusTest
class DownloadSizesTests {

	@Autowired
	SeedLoader loader;

	@Autowired
	DatasetState state;

	@Autowired
	DownloadSizes sizes;

	@Autowired
	StoreCommands commands;

	/** The seed folders, removed after the class. */
	@TempDir
	static Path folder;

	@Test
	void aVersionSupersededBeforeItIsMeasuredIsNotReadAndTheServedOneIsMeasured() {
		SyntheticCorpus.write(folder.resolve("superseded"), 40, 3);
		this.loader.load(folder.resolve("superseded").toUri().toString());
		DatasetInfo superseded = this.state.current();
		SyntheticCorpus.write(folder.resolve("served"), 40, 4);
		this.loader.load(folder.resolve("served").toUri().toString());
		DatasetInfo served = this.state.current();
		assertThat(served.version()).isNotEqualTo(superseded.version());

		this.commands.clear();
		this.sizes.measure(superseded);
		assertThat(this.sizes.of(superseded.version())).isEmpty();
		assertThat(this.commands.names())
			.noneMatch((command) -> command.contains(VersionedCollections.of("", superseded.version())));

		this.sizes.measure(served);
		assertThat(this.sizes.of(served.version())).containsKeys(Downloads.archive(served.version()),
				Downloads.DATAPACKAGE);
	}

	/**
	 * Every kept version keeps its sizes once measured: an older kept version's listing,
	 * ranges and {@code Content-Length} stay after a newer version is measured. A version
	 * no longer kept drops its sizes and the mark that it was measured, so published
	 * again it is measured again (and not left without a size or ranges until a restart).
	 */
	@Test
	void everyKeptVersionKeepsItsSizesAndOneNoLongerKeptDropsThem() {
		SyntheticCorpus.write(folder.resolve("first"), 40, 5);
		SyntheticCorpus.write(folder.resolve("second"), 40, 6);
		DatasetInfo first = serve("first");
		this.sizes.measureInBackground(first);
		await().atMost(Duration.ofMinutes(2)).until(() -> !this.sizes.of(first.version()).isEmpty());
		Map<String, Long> firstSizes = Map.copyOf(this.sizes.of(first.version()));

		DatasetInfo second = serve("second");
		this.sizes.measureInBackground(second);
		await().atMost(Duration.ofMinutes(2)).until(() -> !this.sizes.of(second.version()).isEmpty());
		assertThat(this.state.keptVersions()).contains(first.version(), second.version());
		this.sizes.retain(this.state.keptVersions());
		assertThat(this.sizes.of(first.version())).isEqualTo(firstSizes)
			.containsKeys(Downloads.archive(first.version()), Downloads.DATAPACKAGE);

		// the first no longer kept (as keep-versions drops it): its sizes go with it
		this.sizes.retain(List.of(second.version()));
		assertThat(this.sizes.of(first.version())).isEmpty();
		assertThat(this.sizes.of(second.version())).isNotEmpty();

		DatasetInfo again = serve("first");
		assertThat(again.version()).isEqualTo(first.version());
		this.sizes.measureInBackground(again);
		await().atMost(Duration.ofMinutes(2)).until(() -> !this.sizes.of(first.version()).isEmpty());
		assertThat(this.sizes.of(first.version())).containsOnlyKeys(firstSizes.keySet());
	}

	private DatasetInfo serve(String name) {
		this.loader.load(folder.resolve(name).toUri().toString());
		return this.state.current();
	}

}
