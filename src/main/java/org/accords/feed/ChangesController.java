package org.accords.feed;

import org.accords.graphql.Connection;
import org.accords.graphql.PageRequest;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.Arguments;
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
	Connection<EntityChange> changes(@Argument String since, @Arguments PageRequest page) {
		return this.changes.page(since, page);
	}

}
