package org.accords.graphql;

import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Which kind of operation a request would run, known before execution: GET may only run
 * queries, and only queries are cached. Parsed once per document and operation name.
 */
@Component
class OperationKinds {

	private final Cache<List<String>, OperationDefinition.Operation> kinds = Caffeine.newBuilder()
		.maximumSize(2000)
		.build();

	/**
	 * The kind of the operation selected by {@code operationName}, or null when the
	 * document does not parse or has no such operation (execution reports that).
	 */
	OperationDefinition.@Nullable Operation of(String query, @Nullable String operationName) {
		return this.kinds.get(List.of(query, (operationName != null) ? operationName : ""),
				(key) -> parse(query, operationName));
	}

	private static OperationDefinition.@Nullable Operation parse(String query, @Nullable String operationName) {
		Document document;
		try {
			document = Parser.parse(query);
		}
		catch (InvalidSyntaxException ex) {
			return null;
		}
		List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
		for (OperationDefinition operation : operations) {
			if ((operationName == null && operations.size() == 1)
					|| (operationName != null && operationName.equals(operation.getName()))) {
				return operation.getOperation();
			}
		}
		return null;
	}

}
