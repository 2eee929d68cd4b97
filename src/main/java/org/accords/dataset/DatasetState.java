package org.accords.dataset;

import org.accords.graphql.DatasetVersionSource;
import org.accords.store.Collections;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The dataset version this instance serves. It follows the pointer in the store, so when
 * another instance loads a new version this one switches within one refresh interval.
 */
@Component
public class DatasetState implements DatasetVersionSource {

	private static final Log logger = LogFactory.getLog(DatasetState.class);

	private final MongoTemplate mongo;

	private volatile @Nullable DatasetInfo current;

	private volatile boolean storeFailing;

	public DatasetState(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** The served version's record; fails when none is loaded. */
	public DatasetInfo current() {
		DatasetInfo info = this.current;
		if (info == null) {
			throw new NoDatasetException("No dataset is loaded yet");
		}
		return info;
	}

	public @Nullable DatasetInfo currentOrNull() {
		return this.current;
	}

	@Override
	public @Nullable String currentVersion() {
		DatasetInfo info = this.current;
		return (info != null) ? info.version() : null;
	}

	public String version() {
		return current().version();
	}

	/** Reads the pointer from the store; called after a load and on a schedule. */
	@Scheduled(fixedDelayString = "${accords.dataset.refresh-interval:2s}",
			initialDelayString = "${accords.dataset.refresh-interval:2s}")
	public void refresh() {
		try {
			DatasetPointer pointer = this.mongo.findById(DatasetPointer.ID, DatasetPointer.class, Collections.DATASETS);
			DatasetInfo known = this.current;
			if (pointer != null && (known == null || !known.version().equals(pointer.version()))) {
				DatasetInfo info = this.mongo.findById(pointer.version(), DatasetInfo.class, Collections.DATASETS);
				if (info != null) {
					this.current = info;
					logger.info("Serving dataset version " + info.version() + " " + info.counts());
				}
			}
			if (this.storeFailing) {
				logger.info("Store reachable again");
				this.storeFailing = false;
			}
		}
		catch (RuntimeException ex) {
			if (!this.storeFailing) {
				logger.warn("Cannot read the dataset pointer from the store: " + ex.getMessage());
				this.storeFailing = true;
			}
		}
	}

}
