package org.accords.node;

import java.util.ArrayList;
import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import org.accords.paging.PageArguments;
import org.accords.paging.PagedList;
import org.accords.store.Entity;

import org.springframework.core.MethodParameter;
import org.springframework.graphql.data.method.HandlerMethodArgumentResolver;
import org.springframework.stereotype.Component;

/**
 * The {@link PageArguments} of a connection's controller method: its paging arguments and
 * the list they page ({@link PagedList}), its field, its other arguments (filter, order,
 * search text) and, nested in an entity, that entity's id, so that its cursors name it
 * and a cursor of another list is refused. Resolved once per connection field.
 */
@Component
class ConnectionPages implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == PageArguments.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, DataFetchingEnvironment env) {
		return new PageArguments(env.getArgument("first"), env.getArgument("after"), env.getArgument("last"),
				env.getArgument("before"), list(env));
	}

	/** The list the connection field {@code env} fetches pages. */
	static PagedList list(DataFetchingEnvironment env) {
		GraphQLFieldDefinition field = env.getFieldDefinition();
		GraphQLObjectType parentType = (GraphQLObjectType) env.getParentType();
		boolean root = parentType == env.getGraphQLSchema().getQueryType();
		List<String> shapedBy = new ArrayList<>(field.getArguments().size());
		for (GraphQLArgument argument : field.getArguments()) {
			if (!PagedList.isPaging(argument.getName())) {
				shapedBy.add(argument.getName());
			}
		}
		String parent = null;
		if (!root && env.getSource() instanceof Entity entity) {
			parent = entity.id();
			shapedBy.add(parentType.getName());
		}
		return PagedList.of(root ? field.getName() : parentType.getName() + "." + field.getName(), shapedBy,
				env.getArguments(), parent);
	}

}
