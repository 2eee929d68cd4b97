package org.accords.graphql.guard;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import graphql.ErrorType;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.parser.Parser;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.idl.ScalarInfo;
import graphql.validation.ValidationError;
import graphql.validation.ValidationErrorType;
import org.accords.graphql.Suggestions;
import org.accords.paging.NodeId;
import org.jspecify.annotations.Nullable;

/**
 * Says graphql-java's validation errors in a user's words: no AST class names
 * ({@code StringValue{value='ten'}}), no rule names, and "did you mean" suggestions for
 * unknown fields, arguments and enum values when introspection is on (the suggestions
 * would otherwise reveal the schema introspection hides).
 */
final class ValidationMessages {

	private static final Pattern PREFIX = Pattern.compile("^Validation [eE]rror \\([^)]*\\) ?: ?");

	private static final Pattern WRONG_VALUE = Pattern.compile(
			"argument '(?<argument>[^']+)' with value '(?<value>.*)' is not a valid '(?<type>[^']+)'(?: - (?<reason>.*))?",
			Pattern.DOTALL);

	private static final Pattern NULL_VALUE = Pattern
		.compile("argument '(?<argument>[^']+)' with value '.*' must not be null", Pattern.DOTALL);

	private static final Pattern EXTRA_INPUT_FIELD = Pattern.compile(
			"argument '(?<argument>[^']+)' with value '.*' contains a field not in '(?<type>[^']+)': '(?<field>[^']+)'",
			Pattern.DOTALL);

	private static final Pattern NOT_OBJECT = Pattern
		.compile("argument '(?<argument>[^']+)' with value '(?<value>.*)' must be an object type", Pattern.DOTALL);

	private static final Pattern UNKNOWN_FIELD = Pattern
		.compile("Field '(?<field>[^']+)' in type '(?<type>[^']+)' is undefined");

	private static final Pattern SUBSELECTION_REQUIRED = Pattern
		.compile("Subselection required for type '(?<type>[^']+)' of field '(?<field>[^']+)'");

	private static final Pattern MISSING_ARGUMENT = Pattern.compile("Missing field argument '(?<argument>[^']+)'");

	private static final Pattern UNKNOWN_ARGUMENT = Pattern.compile("Unknown field argument '(?<argument>[^']+)'");

	private static final Pattern NO_OPERATION = Pattern
		.compile("The 'Mutation' operation is not supported by the schema");

	private final Supplier<GraphQLSchema> schema;

	private final boolean suggest;

	/**
	 * @param schema the schema, read when the first error is rewritten
	 * @param suggest whether to name similar fields, arguments and enum values
	 */
	ValidationMessages(Supplier<GraphQLSchema> schema, boolean suggest) {
		this.schema = schema;
		this.suggest = suggest;
	}

	List<GraphQLError> rewrite(List<? extends GraphQLError> errors) {
		return errors.stream().map((error) -> rewrite((GraphQLError) error)).toList();
	}

	GraphQLError rewrite(GraphQLError error) {
		if (!(error instanceof ValidationError validation)) {
			return error;
		}
		GraphqlErrorBuilder<?> builder = GraphqlErrorBuilder.newError()
			.message(message(validation))
			.errorType(ErrorType.ValidationError);
		if (validation.getLocations() != null && !validation.getLocations().isEmpty()) {
			builder.locations(validation.getLocations());
		}
		return builder.build();
	}

	String message(ValidationError error) {
		String text = PREFIX.matcher(error.getMessage()).replaceFirst("");
		List<String> path = (error.getQueryPath() != null) ? error.getQueryPath() : List.of();
		String field = path.isEmpty() ? null : path.get(path.size() - 1);
		Matcher matcher;
		if (error.getValidationErrorType() == ValidationErrorType.WrongType
				&& (matcher = WRONG_VALUE.matcher(text)).matches()) {
			String type = matcher.group("type");
			StringBuilder message = new StringBuilder(argument(matcher.group("argument"), field)).append(" must be ")
				.append(NodeId.article(type))
				.append(' ')
				.append(type)
				.append(", got ")
				.append(describe(matcher.group("value")));
			if (schemaType(type) instanceof GraphQLEnumType enumType) {
				List<String> values = enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
				String given = enumName(matcher.group("value"));
				String quoted = stringValue(matcher.group("value"));
				String suggestion = (given != null) ? suggestion(given, values) : "";
				if (quoted != null && values.contains(quoted)) {
					// as JSON writes it: the value is right, the quotes are not
					message.append("; an enum value is written without quotes: ").append(quoted);
				}
				else {
					message.append(suggestion.isEmpty() && this.suggest ? "; one of " + String.join(", ", values)
							: suggestion);
				}
			}
			else if (schemaType(type) instanceof GraphQLScalarType scalar
					&& !ScalarInfo.isGraphqlSpecifiedScalar(scalar) && matcher.group("reason") != null) {
				// our scalars say the form they take ("'05/11/2024' is not a date of the
				// form YYYY-MM-DD"), as they do for a variable; graphql-java's own
				// reasons
				// for its scalars speak of its syntax tree, and are left out
				message.append(": ").append(matcher.group("reason"));
			}
			else if ((type.equals("String") || type.equals("ID")) && enumName(matcher.group("value")) != null) {
				// a name where a string is wanted: the quotes are missing
				message.append("; a string is written in double quotes: \"")
					.append(enumName(matcher.group("value")))
					.append('"');
			}
			return message.toString();
		}
		if (error.getValidationErrorType() == ValidationErrorType.LoneAnonymousOperationViolation) {
			// graphql-java: "Anonymous operation with other operations."
			return "An operation without a name must be the document's only one: name it (query Name { … }), "
					+ "then name the one to run in \"operationName\"";
		}
		if ((matcher = NO_OPERATION.matcher(text)).matches()) {
			// graphql-java: "The 'Mutation' operation is not supported by the schema."
			return Admission.READ_ONLY;
		}
		if ((matcher = NULL_VALUE.matcher(text)).matches()) {
			return argument(matcher.group("argument"), field) + " must not be null";
		}
		if ((matcher = EXTRA_INPUT_FIELD.matcher(text)).matches()) {
			// graphql-java prints the whole input object as its syntax tree here; name
			// the field instead
			String type = matcher.group("type");
			List<String> fields = (schemaType(type) instanceof GraphQLInputObjectType input)
					? input.getFieldDefinitions().stream().map(GraphQLInputObjectField::getName).toList() : List.of();
			return argument(matcher.group("argument"), field) + ": input type '" + type + "' has no field '"
					+ matcher.group("field") + "'" + inputFieldSuggestion(matcher.group("field"), fields);
		}
		if ((matcher = NOT_OBJECT.matcher(text)).matches()) {
			return argument(matcher.group("argument"), field) + " must be an input object ({ … }), got "
					+ describe(matcher.group("value"))
					+ inputObject(field, matcher.group("argument"), matcher.group("value"));
		}
		if ((matcher = UNKNOWN_FIELD.matcher(text)).matches()) {
			String type = matcher.group("type");
			List<String> fields = (schemaType(type) instanceof GraphQLFieldsContainer container)
					? container.getFieldDefinitions().stream().map(GraphQLFieldDefinition::getName).toList()
					: List.of();
			String suggestion = suggestion(matcher.group("field"), fields);
			if (suggestion.isEmpty()) {
				suggestion = inPage(type, matcher.group("field"));
			}
			return "Type '" + type + "' has no field '" + matcher.group("field") + "'"
					+ (suggestion.isEmpty() ? inFragment(type, matcher.group("field")) : suggestion);
		}
		if ((matcher = SUBSELECTION_REQUIRED.matcher(text)).matches()) {
			return subselection(matcher.group("field"), matcher.group("type"));
		}
		if ((matcher = MISSING_ARGUMENT.matcher(text)).matches() && field != null) {
			return "Field '" + field + "' needs the argument '" + matcher.group("argument") + "'";
		}
		if ((matcher = UNKNOWN_ARGUMENT.matcher(text)).matches()) {
			if (field == null) {
				return "Unknown argument '" + matcher.group("argument") + "'";
			}
			return "Field '" + field + "' has no argument '" + matcher.group("argument") + "'"
					+ suggestion(matcher.group("argument"), argumentsOf(field));
		}
		return text.isEmpty() ? error.getMessage() : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static final Pattern VARIABLE = Pattern
		.compile("Variable '(?<variable>[^']+)' has an invalid value: (?<problem>.*)", Pattern.DOTALL);

	private static final Pattern VARIABLE_NOT_TYPE = Pattern.compile(
			"Expected (?:a value that can be converted to type '(?<type>\\w+)' but it was|an? (?<type2>\\w+) input, but it was) an? '(?<java>\\w+)'");

	private static final Pattern VARIABLE_NOT_OBJECT = Pattern.compile(
			"Expected type 'Map' but was '(?<java>\\w+)'\\. Variables for input objects must be .*", Pattern.DOTALL);

	private static final Pattern VARIABLE_NULL = Pattern
		.compile("(?:Variable '[^']+' has c|C)oerced Null value for NonNull type '(?<type>[^']+)'");

	private static final Pattern VARIABLE_ENUM = Pattern.compile(
			"Invalid input for enum '(?<type>\\w+)'\\. (?:No value found for name|Unknown value) '(?<value>.*)'",
			Pattern.DOTALL);

	private static final Pattern VARIABLE_RANGE = Pattern
		.compile("Expected value to be in the integer range, but it was a '(?<value>[^']*)'");

	private static final Pattern VARIABLE_EXTRA_FIELD = Pattern.compile(
			"The variables input contains a field name '(?<field>[^']+)' that is not defined for input object type '(?<type>[^']+)' ?");

	/**
	 * A variable's value that does not fit its type, in a user's words: graphql-java says
	 * these while coercing variables, after validation, with Java's names for JSON values
	 * ({@code 'LinkedHashMap'}, {@code 'ArrayList'}), and the same for a variable null
	 * and one not given at all. Null when the message is not one of those, to be kept as
	 * it is.
	 * @param given the names of the variables the request gave, null ones included
	 */
	@Nullable String variable(String text, Set<String> given, @Nullable VariableDefinition holder, @Nullable Misfit misfit) {
		Matcher matcher = VARIABLE_EXTRA_FIELD.matcher(text);
		if (matcher.matches()) {
			String type = matcher.group("type");
			return ((holder != null) ? "Variable '$" + holder.getName() + "': " : "Variables: ") + "input type '" + type
					+ "' has no field '" + matcher.group("field") + "'"
					+ inputFieldSuggestion(matcher.group("field"), inputFields(type));
		}
		if (!(matcher = VARIABLE.matcher(text)).matches()) {
			return null;
		}
		String name = matcher.group("variable");
		String variable = "Variable '$" + name + "'";
		String problem = matcher.group("problem");
		// inside an input object or a list: where, as the variable's JSON has it
		String at = (misfit != null && !misfit.path().isEmpty()) ? " at " + misfit.path() : "";
		if ((matcher = VARIABLE_NOT_TYPE.matcher(problem)).matches()) {
			String type = (matcher.group("type") != null) ? matcher.group("type") : matcher.group("type2");
			return variable + " holds " + json(matcher.group("java")) + at + " where " + NodeId.article(type) + " "
					+ type + " is expected";
		}
		if ((matcher = VARIABLE_NOT_OBJECT.matcher(problem)).matches()) {
			return variable + " holds " + json(matcher.group("java")) + at
					+ " where an input object ({ … }) is expected";
		}
		if ((matcher = VARIABLE_NULL.matcher(problem)).matches()) {
			if (problem.startsWith("Variable ") && !given.contains(name)) {
				// graphql-java says the same of a variable forgotten as of one sent null
				return variable + " is missing: \"variables\" must give it " + NodeId.article(matcher.group("type"))
						+ " " + matcher.group("type") + " (never null)";
			}
			return variable + " holds null" + at + " where " + matcher.group("type") + " (never null) is expected";
		}
		if ((matcher = VARIABLE_RANGE.matcher(problem)).matches()) {
			return variable + " holds " + matcher.group("value") + at
					+ " where an Int (from -2147483648 to 2147483647) is expected";
		}
		if ((matcher = VARIABLE_ENUM.matcher(problem)).matches()) {
			String type = matcher.group("type");
			List<String> values = (schemaType(type) instanceof GraphQLEnumType enumType)
					? enumType.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList() : List.of();
			String suggestion = suggestion(matcher.group("value"), values);
			// graphql-java prints a value that is not a string as Java does ('[SAID_ON]')
			String held = (misfit != null && misfit.value() != null && !(misfit.value() instanceof String))
					? jsonValue(misfit.value()) : "\"" + matcher.group("value") + "\"";
			return variable + " holds " + held + at + " where " + NodeId.article(type) + " " + type + " is expected"
					+ (suggestion.isEmpty() && this.suggest && !values.isEmpty()
							? "; one of " + String.join(", ", values) : suggestion);
		}
		if (misfit != null) {
			// our scalars say the form they take ("'05/11/2024' is not a date of the form
			// YYYY-MM-DD")
			return variable + " holds " + jsonValue(misfit.value()) + at + " where " + NodeId.article(misfit.type())
					+ " " + misfit.type() + " is expected: " + problem;
		}
		return variable + " does not fit its type: " + problem;
	}

	/**
	 * The first value of a variable that does not fit its type, walked as graphql-java
	 * coerces it (an input object's fields in the schema's order, a list's items in
	 * theirs), for the message to say where it is and what it is.
	 *
	 * @param path where, as the variable's JSON has it ({@code saidFrom},
	 * {@code orderBy[1].field}); empty for the variable's value itself
	 * @param value the value found there
	 * @param type the name of the type expected there
	 */
	record Misfit(String path, @Nullable Object value, String type) {
	}

	/**
	 * Where a variable named in graphql-java's message holds a value that does not fit
	 * ({@link Misfit}); null for another message, or when none is found.
	 */
	@Nullable Misfit misfit(String text, @Nullable OperationDefinition operation, Map<String, Object> values) {
		Matcher matcher = VARIABLE.matcher(text);
		if (operation == null || !matcher.matches()) {
			return null;
		}
		for (VariableDefinition definition : operation.getVariableDefinitions()) {
			if (definition.getName().equals(matcher.group("variable"))) {
				GraphQLInputType type = inputType(definition.getType());
				return (type != null) ? misfit("", values.get(definition.getName()), type) : null;
			}
		}
		return null;
	}

	private @Nullable GraphQLInputType inputType(Type<?> type) {
		if (type instanceof NonNullType nonNull) {
			GraphQLInputType inner = inputType(nonNull.getType());
			return (inner != null) ? GraphQLNonNull.nonNull(inner) : null;
		}
		if (type instanceof ListType list) {
			GraphQLInputType inner = inputType(list.getType());
			return (inner != null) ? GraphQLList.list(inner) : null;
		}
		return (schemaType(((TypeName) type).getName()) instanceof GraphQLInputType input) ? input : null;
	}

	private static @Nullable Misfit misfit(String path, @Nullable Object value, GraphQLType type) {
		GraphQLType inner = (type instanceof GraphQLNonNull nonNull) ? nonNull.getWrappedType() : type;
		String name = GraphQLTypeUtil.unwrapAll(inner).getName();
		if (value == null) {
			return (type instanceof GraphQLNonNull) ? new Misfit(path, null, name) : null;
		}
		if (inner instanceof GraphQLList list) {
			if (!(value instanceof List<?> items)) {
				// one value where a list is expected is coerced as a list of it
				return misfit(path, value, list.getWrappedType());
			}
			for (int i = 0; i < items.size(); i++) {
				Misfit item = misfit(path + "[" + i + "]", items.get(i), list.getWrappedType());
				if (item != null) {
					return item;
				}
			}
			return null;
		}
		if (inner instanceof GraphQLInputObjectType object) {
			if (!(value instanceof Map<?, ?> fields)) {
				return new Misfit(path, value, name);
			}
			for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
				if (fields.containsKey(field.getName())) {
					Misfit found = misfit(path.isEmpty() ? field.getName() : path + "." + field.getName(),
							fields.get(field.getName()), field.getType());
					if (found != null) {
						return found;
					}
				}
			}
			return null;
		}
		if (inner instanceof GraphQLEnumType enumType) {
			return (value instanceof String text && enumType.getValue(text) != null) ? null
					: new Misfit(path, value, name);
		}
		if (inner instanceof GraphQLScalarType scalar) {
			try {
				scalar.getCoercing().parseValue(value, GraphQLContext.getDefault(), Locale.ENGLISH);
				return null;
			}
			catch (RuntimeException ex) {
				return new Misfit(path, value, name);
			}
		}
		return null;
	}

	/** A variable's value as its JSON reads, for a message. */
	private static String jsonValue(@Nullable Object value) {
		if (value instanceof String text) {
			return "\"" + text + "\"";
		}
		if (value instanceof Map<?, ?> || value instanceof List<?>) {
			return json(value.getClass().getSimpleName());
		}
		return String.valueOf(value);
	}

	/**
	 * Whether graphql-java's message is of a variable's value: one that does not fit its
	 * type, or an input object with a field its type does not define.
	 */
	static boolean ofVariable(String text) {
		return VARIABLE.matcher(text).matches() || VARIABLE_EXTRA_FIELD.matcher(text).matches();
	}

	/**
	 * The variable of {@code operation} whose value holds the input object that
	 * graphql-java says has a field its type does not define (its message names the type
	 * and the field, not the variable): one declared of that type, or a list of it, whose
	 * value has the field. Null for any other message, or when none does.
	 */
	static @Nullable VariableDefinition holder(String text, @Nullable OperationDefinition operation,
			Map<String, Object> values) {
		Matcher matcher = VARIABLE_EXTRA_FIELD.matcher(text);
		if (operation == null || !matcher.matches()) {
			return null;
		}
		for (VariableDefinition definition : operation.getVariableDefinitions()) {
			Type<?> type = definition.getType();
			while (!(type instanceof TypeName)) {
				type = (type instanceof NonNullType nonNull) ? nonNull.getType() : ((ListType) type).getType();
			}
			if (((TypeName) type).getName().equals(matcher.group("type"))
					&& holds(values.get(definition.getName()), matcher.group("field"))) {
				return definition;
			}
		}
		return null;
	}

	private static boolean holds(@Nullable Object value, String field) {
		if (value instanceof Map<?, ?> object) {
			return object.containsKey(field);
		}
		return (value instanceof List<?> list) && list.stream().anyMatch((item) -> holds(item, field));
	}

	/**
	 * For a field of an object selected without its fields ({@code { statements }}): that
	 * the field's value is an object whose fields are selected in braces, with one (while
	 * introspection is on), where graphql-java says "Subselection required for type
	 * 'StatementConnection!' of field 'statements'".
	 */
	private String subselection(String field, String typeText) {
		boolean list = typeText.contains("[");
		String name = typeText.replaceAll("[\\[\\]!]", "");
		String example = "";
		if (this.suggest) {
			String leaf = "__typename";
			if (schemaType(name) instanceof GraphQLObjectType object) {
				leaf = object.getFieldDefinitions()
					.stream()
					.filter((candidate) -> GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(candidate.getType())))
					.filter((candidate) -> candidate.getArguments()
						.stream()
						.noneMatch((argument) -> GraphQLTypeUtil.isNonNull(argument.getType())))
					.map(GraphQLFieldDefinition::getName)
					.findFirst()
					.orElse(leaf);
			}
			example = ", such as " + field + " { " + leaf + " }";
		}
		return "Field '" + field + "' returns "
				+ (list ? name + " objects" : NodeId.article(name) + " " + name + " object")
				+ ": select the fields you want of " + (list ? "them" : "it") + " in { }" + example;
	}

	/**
	 * For a field asked of a connection or an edge that belongs to its items or edges
	 * (the first query a newcomer writes, {@code { statements { text } }}): where to
	 * select it. Empty for any other type or field, and while introspection is off.
	 */
	private String inPage(String type, String field) {
		if (!this.suggest || !(schemaType(type) instanceof GraphQLObjectType object)) {
			return "";
		}
		GraphQLFieldDefinition edges = object.getFieldDefinition("edges");
		GraphQLFieldDefinition nodes = object.getFieldDefinition("nodes");
		if (edges != null && nodes != null) {
			if (GraphQLTypeUtil.unwrapAll(edges.getType()) instanceof GraphQLObjectType edge
					&& edge.getFieldDefinition(field) != null) {
				return "; it is each edge's: edges { " + field + " }";
			}
			String item = GraphQLTypeUtil.unwrapAll(nodes.getType()).getName();
			String selection = itemSelection(item, field);
			return (selection == null) ? ""
					: "; " + NodeId.article(type) + " " + type + " is a page of " + item
							+ " items: select their fields inside nodes { " + selection + " } (or edges { node { "
							+ selection + " } })";
		}
		GraphQLFieldDefinition node = object.getFieldDefinition("node");
		String selection = (node != null && type.endsWith("Edge"))
				? itemSelection(GraphQLTypeUtil.unwrapAll(node.getType()).getName(), field) : null;
		return (selection == null) ? "" : "; select it on the edge's node: node { " + selection + " }";
	}

	/**
	 * How to select {@code field} on an item of {@code type}: the field itself, or, on a
	 * union or interface, in a fragment on the first type that has it; null when none
	 * has.
	 */
	private @Nullable String itemSelection(String type, String field) {
		if (schemaType(type) instanceof GraphQLObjectType object) {
			return (object.getFieldDefinition(field) != null) ? field : null;
		}
		List<String> having = having(type, field);
		return having.isEmpty() ? null : "... on " + having.get(0) + " { " + field + " }";
	}

	/**
	 * For a union or interface (a search result, a node), the types that do have the
	 * field, asked in a fragment: "; select it on a type that has it: ... on Person {
	 * name }".
	 */
	private String inFragment(String type, String field) {
		if (!this.suggest) {
			return "";
		}
		List<String> having = having(type, field);
		if (having.isEmpty()) {
			return "";
		}
		return "; select it on a type that has it (" + String.join(", ", having) + "): ... on " + having.get(0) + " { "
				+ field + " }";
	}

	/**
	 * The members of a union, or implementations of an interface, that have the field.
	 */
	private List<String> having(String type, String field) {
		GraphQLSchema schema = this.schema.get();
		List<GraphQLObjectType> members = (schemaType(type) instanceof GraphQLUnionType union)
				? union.getTypes().stream().map(GraphQLObjectType.class::cast).toList()
				: (schemaType(type) instanceof GraphQLInterfaceType iface) ? schema.getImplementations(iface)
						: List.of();
		return members.stream()
			.filter((member) -> member.getFieldDefinition(field) != null)
			.map(GraphQLObjectType::getName)
			.toList();
	}

	/** A JSON value's kind, from the Java class graphql-java names it by. */
	private static String json(String java) {
		return switch (java) {
			case "String" -> "a string";
			case "Integer", "Long", "Short", "Byte", "Double", "Float", "BigDecimal", "BigInteger" -> "a number";
			case "Boolean" -> "a boolean";
			case "LinkedHashMap", "HashMap", "Map", "TreeMap" -> "an object";
			case "ArrayList", "List", "LinkedList" -> "a list";
			default -> "a value of another kind";
		};
	}

	/**
	 * For one value given where an input object goes ({@code orderBy: SAID_ON}, as other
	 * APIs take an order, or {@code filter: "kasciunas"}): the object's type and fields,
	 * and, when the value fits one of them (an enum's value, a string), the object it
	 * goes in: "; a StatementOrder, with the fields field, direction: such as orderBy: {
	 * field: SAID_ON }". Empty while introspection is off, or when the argument is not
	 * found.
	 */
	private String inputObject(@Nullable String field, String argument, String value) {
		if (!this.suggest || field == null) {
			return "";
		}
		GraphQLInputObjectType object = argumentObject(field, argument);
		if (object == null) {
			return "";
		}
		String name = enumName(value);
		String string = stringValue(value);
		String example = null;
		for (GraphQLInputObjectField candidate : object.getFieldDefinitions()) {
			GraphQLType type = GraphQLTypeUtil.unwrapAll(candidate.getType());
			if (name != null && type instanceof GraphQLEnumType enumType && enumType.getValue(name) != null) {
				example = candidate.getName() + ": " + name;
				break;
			}
			if (string != null && type instanceof GraphQLScalarType scalar && scalar.getName().equals("String")) {
				example = candidate.getName() + ": \"" + string + "\"";
				break;
			}
		}
		String argumentName = argument.substring(argument.lastIndexOf('.') + 1);
		return "; " + NodeId.article(object.getName()) + " " + object.getName() + ", with the fields "
				+ String.join(", ", inputFields(object.getName()))
				+ ((example != null) ? ": such as " + argumentName + ": { " + example + " }" : "");
	}

	/**
	 * The input object type of the argument (or of an input field within it,
	 * {@code filter.between}) of the first field named {@code field} that has it.
	 */
	private @Nullable GraphQLInputObjectType argumentObject(String field, String argument) {
		String[] path = argument.split("\\.");
		for (GraphQLNamedType type : this.schema.get().getAllTypesAsList()) {
			if (!(type instanceof GraphQLFieldsContainer container) || container.getFieldDefinition(field) == null
					|| container.getFieldDefinition(field).getArgument(path[0]) == null) {
				continue;
			}
			GraphQLType found = GraphQLTypeUtil
				.unwrapAll(container.getFieldDefinition(field).getArgument(path[0]).getType());
			for (int i = 1; i < path.length && found instanceof GraphQLInputObjectType object; i++) {
				GraphQLInputObjectField inner = object.getFieldDefinition(path[i]);
				found = (inner != null) ? GraphQLTypeUtil.unwrapAll(inner.getType()) : null;
			}
			return (found instanceof GraphQLInputObjectType object) ? object : null;
		}
		return null;
	}

	private static @Nullable String stringValue(String ast) {
		Matcher matcher = Pattern.compile("StringValue\\{value='(.*)'\\}", Pattern.DOTALL).matcher(ast);
		return matcher.matches() ? matcher.group(1) : null;
	}

	private List<String> inputFields(String type) {
		return (schemaType(type) instanceof GraphQLInputObjectType input)
				? input.getFieldDefinitions().stream().map(GraphQLInputObjectField::getName).toList() : List.of();
	}

	private static String argument(String argument, @Nullable String field) {
		return "Argument '" + argument + "'" + ((field != null) ? " of field '" + field + "'" : "");
	}

	/** A value as graphql-java prints its syntax tree, in words. */
	static String describe(String ast) {
		String string = stringValue(ast);
		if (string != null) {
			return "the string \"" + string + "\"";
		}
		Matcher matcher = Pattern.compile("(Int|Float)Value\\{value=(.*)\\}").matcher(ast);
		if (matcher.matches()) {
			return "the number " + matcher.group(2);
		}
		matcher = Pattern.compile("BooleanValue\\{value=(.*)\\}").matcher(ast);
		if (matcher.matches()) {
			return "the boolean " + matcher.group(1);
		}
		String name = enumName(ast);
		if (name != null) {
			return "the name " + name;
		}
		if (ast.startsWith("NullValue")) {
			return "null";
		}
		if (ast.startsWith("ObjectValue")) {
			return "an object";
		}
		if (ast.startsWith("ArrayValue")) {
			return "a list";
		}
		matcher = Pattern.compile("VariableReference\\{name='(.*)'\\}").matcher(ast);
		if (matcher.matches()) {
			return "the variable $" + matcher.group(1);
		}
		return "something else";
	}

	private static @Nullable String enumName(String ast) {
		Matcher matcher = Pattern.compile("EnumValue\\{name='(.*)'\\}").matcher(ast);
		return matcher.matches() ? matcher.group(1) : null;
	}

	private @Nullable GraphQLNamedType schemaType(String name) {
		return this.schema.get().getType(name) instanceof GraphQLNamedType type ? type : null;
	}

	/**
	 * The argument names of every field called {@code field} in the schema: validation
	 * reports the field by name, not by parent type.
	 */
	private List<String> argumentsOf(String field) {
		Set<String> names = new LinkedHashSet<>();
		for (GraphQLNamedType type : this.schema.get().getAllTypesAsList()) {
			if (type instanceof GraphQLFieldsContainer container && container.getFieldDefinition(field) != null) {
				container.getFieldDefinition(field).getArguments().forEach((argument) -> names.add(argument.getName()));
			}
		}
		return List.copyOf(names);
	}

	/**
	 * graphql-java's errors of an operation that cannot be chosen (several and no
	 * {@code operationName}, or a name that none has) in a user's words, naming the
	 * operations the document has (anonymous ones counted); null for any other message.
	 * @param message graphql-java's message
	 * @param document the document executed
	 * @param operationName the operation asked for
	 */
	@Nullable String operation(String message, @Nullable String document, @Nullable String operationName) {
		boolean none = message.startsWith("Must provide operation name");
		boolean unknown = message.startsWith("Unknown operation named") && operationName != null;
		if ((!none && !unknown) || document == null) {
			return null;
		}
		List<String> names = new java.util.ArrayList<>();
		try {
			Parser.parse(document)
				.getDefinitionsOfType(OperationDefinition.class)
				.forEach((operation) -> names.add(operation.getName()));
		}
		catch (RuntimeException ex) {
			// parsed and validated before it ran; a document that is not is left as it
			// was
			return null;
		}
		if (names.isEmpty()) {
			return null;
		}
		List<String> named = names.stream().filter(java.util.Objects::nonNull).toList();
		String list = String.join(", ",
				names.stream().map((name) -> (name != null) ? name : "an anonymous one").toList());
		String has = "The document has " + names.size() + ((names.size() == 1) ? " operation (" : " operations (")
				+ list + ")";
		String then;
		if (names.size() > 1) {
			then = ": name the one to run in \"operationName\"";
		}
		else if (named.isEmpty()) {
			then = ": send no \"operationName\" to run it";
		}
		else {
			then = ": name it in \"operationName\", or send none";
		}
		if (none || operationName == null) {
			return has + then;
		}
		String suggestion = suggestion(operationName, named);
		return "No operation named '" + operationName + "' in the document" + (suggestion.isEmpty() ? "." : suggestion)
				+ " " + has + then;
	}

	/** "; did you mean 'x'?" when suggestions are on and a name is close enough. */
	String suggestion(String given, Collection<String> candidates) {
		return this.suggest ? Suggestions.didYouMean(given, candidates) : "";
	}

	/**
	 * {@link #suggestion} for a field of an input object; one day asked of a filter that
	 * takes a range of days ({@code saidOn} where there are {@code saidFrom} and
	 * {@code saidTo}) is told to give both ends that day, rather than "did you mean
	 * 'saidTo'", which alone gives every day up to it.
	 */
	private String inputFieldSuggestion(String given, Collection<String> fields) {
		if (this.suggest && given.endsWith("On")) {
			String stem = given.substring(0, given.length() - 2);
			if (fields.contains(stem + "From") && fields.contains(stem + "To")) {
				return "; for one day give both ends of its range that day: " + stem + "From and " + stem + "To";
			}
		}
		return suggestion(given, fields);
	}

}
