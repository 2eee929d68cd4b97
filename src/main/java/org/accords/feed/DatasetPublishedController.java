package org.accords.feed;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.accords.paging.Connection;
import org.accords.paging.InvalidInputException;
import org.accords.paging.PageArguments;
import org.accords.paging.PagedList;
import org.accords.graphql.PublishedVersions;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

import org.springframework.graphql.data.method.annotation.ContextValue;
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

	/**
	 * The publications from now on. The paging arguments of the {@code changes} selected
	 * are checked when the subscription starts (against the version read then) and before
	 * each event (against its version): a bad one is refused as {@code /graphql} refuses
	 * it on {@code changes(since:)}, rather than failing in the event, where the field's
	 * error nulled the non-null publication and ended the stream with an internal error.
	 */
	@SubscriptionMapping
	Flux<DatasetPublication> datasetPublished(DataFetchingEnvironment env, @ContextValue String datasetVersion) {
		List<SelectedField> pages = env.getSelectionSet().getFields("changes");
		check(pages, datasetVersion, datasetVersion);
		return this.versions.versions().concatMap((version) -> {
			VersionSummary summary = this.changes.summary(version);
			if (summary == null) {
				// a version the changelog does not know (cleared store): nothing to tell
				return Flux.empty();
			}
			try {
				check(pages, summary.previousVersion(), summary.version());
			}
			catch (InvalidInputException ex) {
				return Flux.error(ex);
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
		return this.changes.pageOf(publication.version(), page.sameAs(changesSince(publication.previousVersion())));
	}

	/**
	 * Refuses the paging arguments of {@code pages} as {@link #changes} would on the
	 * publication of {@code version}, which replaced {@code since}.
	 */
	private void check(List<SelectedField> pages, @Nullable String since, String version) {
		for (SelectedField field : pages) {
			Map<String, Object> arguments = field.getArguments();
			// the list ConnectionPages names for this field
			PagedList list = PagedList.of("DatasetPublication.changes", List.of(), arguments, null);
			PageArguments page = new PageArguments((Integer) arguments.get("first"), (String) arguments.get("after"),
					(Integer) arguments.get("last"), (String) arguments.get("before"), list);
			this.changes.check(version, page.sameAs(changesSince(since)));
		}
	}

	/** The list {@code changes(since:)} pages, whose offsets a publication's are. */
	private static PagedList changesSince(@Nullable String since) {
		return PagedList.of("changes", List.of("since"), (since != null) ? Map.of("since", since) : Map.of(), null);
	}

}
