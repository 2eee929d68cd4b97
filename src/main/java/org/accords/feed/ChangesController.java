package org.accords.feed;

import org.accords.paging.Connection;
import org.accords.paging.PageArguments;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.ContextValue;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/** The {@code changes(since:)} query. */
@Controller
class ChangesController {

	private final Changes changes;

	ChangesController(Changes changes) {
		this.changes = changes;
	}

	@QueryMapping
	Connection<EntityChange> changes(@Argument String since, PageArguments page, @ContextValue String datasetVersion) {
		return this.changes.page(since, datasetVersion, page);
	}

}
