package org.accords.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.accords.paging.Connection;
import org.accords.paging.PageArguments;
import org.accords.paging.PagedList;
import org.accords.graphql.PublishedVersions;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.data.method.annotation.SubscriptionMapping;
import org.springframework.stereotype.Controller;

/** The {@code datasetPublished} subscription. */
@Controller
class DatasetPublishedController {

	private final PublishedVersions versions;

	private final Changes changes;

	DatasetPublishedController(PublishedVersions versions, Changes changes) {
		this.versions = versions;
		this.changes = changes;
	}

	/**
	 * A version just published.
	 *
	 * @param version the version
	 * @param previousVersion the one it replaced
	 * @param publishedAt when
	 * @param title a one-line summary
	 */
	record DatasetPublication(String version, @Nullable String previousVersion, Instant publishedAt, String title) {
	}

	@SubscriptionMapping
	Flux<DatasetPublication> datasetPublished() {
		return this.versions.versions().concatMap((version) -> {
			VersionSummary summary = this.changes.summary(version);
			if (summary == null) {
				// a version the changelog does not know (cleared store): nothing to tell
				return Flux.empty();
			}
			return Flux.just(new DatasetPublication(summary.version(), summary.previousVersion(), summary.publishedAt(),
					summary.title()));
		});
	}

	/**
	 * The publication's changes: the first of {@code changes(since:)} its previous
	 * version, at the same offsets, so that their cursors are that list's too and a
	 * subscriber pages on there with the event's {@code endCursor} (reading the
	 * publication's version).
	 */
	@SchemaMapping(typeName = "DatasetPublication")
	Connection<EntityChange> changes(DatasetPublication publication, PageArguments page) {
		String since = publication.previousVersion();
		PagedList changesSince = PagedList.of("changes", List.of("since"),
				(since != null) ? Map.of("since", since) : Map.of(), null);
		return this.changes.pageOf(publication.version(), page.sameAs(changesSince));
	}

}
