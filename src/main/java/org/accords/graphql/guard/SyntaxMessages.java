package org.accords.graphql.guard;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.SourceLocation;
import org.accords.graphql.Suggestions;
import org.jspecify.annotations.Nullable;

/**
 * Says graphql-java's syntax errors in a user's words ("Invalid syntax with offending
 * token '&lt;EOF&gt;' at line 1 column 12" becomes "Syntax error at line 1 column 12: the
 * query ends before its `}`: the `{` at line 1 column 3 is not closed"): where, what was
 * found, and what was expected where the tokens before it tell. graphql-java gives only
 * the place, so the document is read again here, token by token up to that place, with
 * the brackets still open. The error keeps its place ({@code locations}) and its
 * classification, so its code stays {@code GRAPHQL_PARSE_FAILED}. Only for documents that
 * do not parse: never on the path of a valid query.
 */
final class SyntaxMessages {

	/** What may start a definition of an executable document. */
	private static final List<String> DEFINITIONS = List.of("query", "mutation", "subscription", "fragment");

	private static final Set<String> OPERATIONS = Set.of("query", "mutation", "subscription");

	private static final String STARTS = "`{`, 'query', 'mutation', 'subscription' or 'fragment'";

	private SyntaxMessages() {
	}

	/**
	 * The error said in a user's words, with its place and classification; any other
	 * error, or one without a place, as it is.
	 */
	static GraphQLError rewrite(String query, GraphQLError error) {
		if (error.getErrorType() != ErrorType.InvalidSyntax || error.getLocations() == null
				|| error.getLocations().size() != 1) {
			return error;
		}
		SourceLocation location = error.getLocations().get(0);
		@Nullable String message;
		try {
			message = message(query, location.getLine(), location.getColumn(),
					error.getMessage() != null && error.getMessage().contains("extra tokens"));
		}
		catch (RuntimeException ex) {
			// a reading of the document this class did not foresee: graphql-java's words
			return error;
		}
		if (message == null) {
			return error;
		}
		return GraphqlErrorBuilder.newError()
			.message(message)
			.errorType(ErrorType.InvalidSyntax)
			.locations(List.of(location))
			.build();
	}

	/**
	 * The message for a syntax error graphql-java found at {@code line}:{@code column};
	 * null when no token starts there and the query does not end there.
	 */
	static @Nullable String message(String query, int line, int column, boolean extraTokens) {
		Lexer lexer = new Lexer(query);
		List<Token> tokens = lexer.tokens;
		String where = "Syntax error at line " + line + " column " + column + ": ";
		int k = 0;
		while (k < tokens.size() && tokens.get(k).before(line, column)) {
			k++;
		}
		Token found = (k < tokens.size() && tokens.get(k).at(line, column)) ? tokens.get(k) : null;
		if (found == null && lexer.errorLine == line && lexer.errorColumn == column) {
			return where + lexical(query, lexer);
		}
		if (found == null && (k < tokens.size() || lexer.errorOffset >= 0)) {
			// graphql-java's place is no token read here: its own words
			return null;
		}
		Deque<Frame> open = brackets(tokens, k);
		Token previous = (k > 0) ? tokens.get(k - 1) : null;
		if (found == null) {
			return where + end(tokens, open, previous);
		}
		return where + found(tokens, k, found, previous, open, extraTokens);
	}

	/** The query ends (graphql-java's {@code <EOF>}) before it is complete. */
	private static String end(List<Token> tokens, Deque<Frame> open, @Nullable Token previous) {
		if (tokens.isEmpty() || previous == null) {
			return "the query is empty (only white space or comments); send an operation such as "
					+ "`{ dataset { version } }`";
		}
		Frame innermost = open.peek();
		if (innermost != null) {
			String message = "the query ends before its `" + innermost.closing() + "`: the `" + innermost.open.text
					+ "` at " + innermost.open.place() + " is not closed";
			if (open.size() == 2) {
				Frame outer = open.toArray(new Frame[0])[1];
				message += ", nor is the `" + outer.open.text + "` at " + outer.open.place();
			}
			else if (open.size() > 2) {
				message += ", nor are the " + (open.size() - 1) + " brackets opened before it";
			}
			return message;
		}
		return "the query ends after " + previous.shown() + " at " + previous.place() + ", where "
				+ expectedAtTopLevel(previous) + " is expected";
	}

	/** What a definition needs after {@code previous}, outside every bracket. */
	private static String expectedAtTopLevel(Token previous) {
		if ("fragment".equals(previous.text)) {
			return "the fragment's name";
		}
		if ("on".equals(previous.text)) {
			return "a type name";
		}
		if ("}".equals(previous.text)) {
			return "another definition";
		}
		return "a selection set `{ … }`";
	}

	private static String found(List<Token> tokens, int k, Token found, @Nullable Token previous, Deque<Frame> open,
			boolean extraTokens) {
		Frame innermost = open.peek();
		String shown = "found " + found.shown();
		if (innermost == null && (previous == null || "}".equals(previous.text) || extraTokens)) {
			// where a definition starts
			if (isClosing(found.text)) {
				return shown + ", which closes nothing: every bracket before it is closed already";
			}
			String suggestion = (found.kind == Kind.NAME)
					? Suggestions.didYouMean(found.text.toLowerCase(Locale.ROOT), DEFINITIONS) : "";
			if (suggestion.isEmpty() && previous == null && found.kind == Kind.NAME) {
				suggestion = "; fields are selected in braces, as in `{ " + found.text + " … }`";
			}
			return shown + " where " + ((previous == null) ? "the query" : "a definition") + " starts with " + STARTS
					+ suggestion;
		}
		if (isClosing(found.text) && innermost != null && !found.text.equals(innermost.closing())) {
			return shown + " where `" + innermost.closing() + "` is expected, to close the `" + innermost.open.text
					+ "` at " + innermost.open.place();
		}
		if ("}".equals(found.text) && previous != null && "{".equals(previous.text) && innermost != null
				&& innermost.role == Role.SELECTION) {
			return shown + " right after the `{` at " + previous.place()
					+ ": a selection set selects at least one field, as in `{ dataset { version } }`";
		}
		if (")".equals(found.text) && previous != null && "(".equals(previous.text)) {
			return shown + " right after `(`: leave the parentheses out when there are no "
					+ ((innermost != null && innermost.role == Role.VARIABLES) ? "variables" : "arguments");
		}
		if ("...".equals(found.text) || (previous != null && "...".equals(previous.text))) {
			boolean atSpread = "...".equals(found.text);
			Token spread = atSpread ? found : Objects.requireNonNull(previous);
			Token after = atSpread ? ((k + 1 < tokens.size()) ? tokens.get(k + 1) : null) : found;
			return ((after != null) ? "found " + after.shown() : "the query ends") + " after the `...` at "
					+ spread.place() + ", where a fragment's name, or `on` a type and `{ … }`, is expected";
		}
		if (previous != null && ":".equals(previous.text) && innermost != null) {
			String name = (k >= 2) ? tokens.get(k - 2).text : "";
			return switch (innermost.role) {
				case SELECTION -> shown + " where a field's name is expected after the alias '" + name + ":'";
				case VARIABLES -> shown + " where a type is expected after '$" + name + ":'";
				default -> shown + " where a value is expected after '" + name + ":'";
			};
		}
		if (previous != null && "@".equals(previous.text)) {
			return shown + " where a directive's name is expected after `@`";
		}
		if (previous != null && "$".equals(previous.text)) {
			return shown + " where a variable's name is expected after `$`";
		}
		if (innermost != null && innermost.role == Role.ARGUMENTS && "{".equals(found.text)) {
			return shown + " where `)` is expected, to close the `(` at " + innermost.open.place();
		}
		if (innermost != null && (innermost.role == Role.ARGUMENTS || innermost.role == Role.OBJECT) && previous != null
				&& previous.kind == Kind.NAME && !":".equals(found.text)
				&& (k < 2 || !":".equals(tokens.get(k - 2).text))) {
			return shown + " where `:` is expected after '" + previous.text + "'";
		}
		if (extraTokens) {
			return shown + " after the end of the definition, where another definition starts with " + STARTS;
		}
		return shown + ((previous != null) ? " after " + previous.shown() : "") + ", which cannot stand there";
	}

	/** An error of the lexer: a character, string or number that is no GraphQL token. */
	private static String lexical(String query, Lexer lexer) {
		int at = lexer.errorOffset;
		int c = query.codePointAt(at);
		if (query.startsWith("\"\"\"", at)) {
			return "the block string `\"\"\"` is not closed: no `\"\"\"` after it";
		}
		if (c == '"') {
			int line = lexer.errorLine;
			int column = lexer.errorColumn;
			for (int i = at + 1; i < query.length(); i++) {
				char ch = query.charAt(i);
				column++;
				if (ch == '\\') {
					int end = escapeEnd(query, i);
					if (end < 0) {
						String escape = query.substring(i, Math.min(query.length(), i + 2));
						return "the string has `" + escape + "` at line " + line + " column " + column
								+ ", which is no escape: write `\\\\` for a backslash; the escapes are "
								+ "\\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX";
					}
					column += end - i - 1;
					i = end - 1;
				}
				else if (ch == '\n' || ch == '\r') {
					return "the string is not closed on its line: a string ends on the line it starts "
							+ "(write \\n for a line break, or use a block string \"\"\"…\"\"\")";
				}
				else if (ch == '"') {
					break;
				}
			}
			return "the string is not closed: no `\"` after it";
		}
		if (c == '\'') {
			return "found `'`: strings take double quotes, as in \"kasciunas\"";
		}
		if (c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019') {
			return "found the typographic quote `" + Character.toString(c)
					+ "`: strings take straight double quotes, as in \"kasciunas\"";
		}
		if (c == '-' || c == '.' || (c >= '0' && c <= '9')) {
			int end = at;
			while (end < query.length()
					&& (Character.isLetterOrDigit(query.charAt(end)) || ".+-".indexOf(query.charAt(end)) >= 0)) {
				end++;
			}
			return "found `" + query.substring(at, Math.max(end, at + 1))
					+ "`, which is no number: numbers are written as in 5, -2, 1.5 or 1e3, without leading zeros";
		}
		String hex = String.format(Locale.ROOT, "U+%04X", c);
		return "found the character "
				+ (Character.isISOControl(c) || Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT
						? hex : "`" + Character.toString(c) + "` (" + hex + ")")
				+ ", which GraphQL does not use"
				+ (Character.isLetter(c) ? " in names (names are A-Z, a-z, 0-9 and _)" : "");
	}

	/**
	 * Where the escape at {@code at} (a backslash) ends: after {@code \n} and the like,
	 * {@code \\u0041} or {@code \\u{1F600}}; -1 when it is no escape.
	 */
	static int escapeEnd(String text, int at) {
		if (at + 1 >= text.length()) {
			return -1;
		}
		char escaped = text.charAt(at + 1);
		if ("\"\\/bfnrt".indexOf(escaped) >= 0) {
			return at + 2;
		}
		if (escaped != 'u') {
			return -1;
		}
		if (at + 2 < text.length() && text.charAt(at + 2) == '{') {
			int close = text.indexOf('}', at + 3);
			return (close > at + 3 && text.substring(at + 3, close).chars().allMatch(SyntaxMessages::isHex)) ? close + 1
					: -1;
		}
		return (at + 6 <= text.length() && text.substring(at + 2, at + 6).chars().allMatch(SyntaxMessages::isHex))
				? at + 6 : -1;
	}

	private static boolean isHex(int c) {
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

	private static boolean isClosing(String text) {
		return "}".equals(text) || ")".equals(text) || "]".equals(text);
	}

	/** The brackets still open before token {@code k}, innermost first. */
	private static Deque<Frame> brackets(List<Token> tokens, int k) {
		Deque<Frame> open = new ArrayDeque<>();
		for (int i = 0; i < k; i++) {
			Token token = tokens.get(i);
			Token previous = (i > 0) ? tokens.get(i - 1) : null;
			Frame innermost = open.peek();
			switch (token.text) {
				case "{" -> {
					boolean value = innermost != null && (innermost.role == Role.LIST
							|| previous != null && (("=".equals(previous.text)) || (":".equals(previous.text)
									&& (innermost.role == Role.ARGUMENTS || innermost.role == Role.OBJECT))));
					open.push(new Frame(token, value ? Role.OBJECT : Role.SELECTION));
				}
				case "(" -> open.push(new Frame(token,
						(innermost == null && previous != null && !(i >= 2 && "@".equals(tokens.get(i - 2).text)))
								? Role.VARIABLES : Role.ARGUMENTS));
				case "[" -> open.push(new Frame(token, Role.LIST));
				case "}", ")", "]" -> {
					if (innermost != null && innermost.closing().equals(token.text)) {
						open.pop();
					}
				}
				default -> {
				}
			}
		}
		return open;
	}

	private enum Role {

		SELECTION, ARGUMENTS, VARIABLES, OBJECT, LIST

	}

	private record Frame(Token open, Role role) {

		String closing() {
			return switch (this.open.text) {
				case "{" -> "}";
				case "(" -> ")";
				default -> "]";
			};
		}

	}

	private enum Kind {

		PUNCTUATOR, NAME, NUMBER, STRING

	}

	private record Token(Kind kind, String text, int line, int column) {

		boolean before(int line, int column) {
			return this.line < line || (this.line == line && this.column < column);
		}

		boolean at(int line, int column) {
			return this.line == line && this.column == column;
		}

		String place() {
			return "line " + this.line + " column " + this.column;
		}

		String shown() {
			if (this.kind == Kind.NAME) {
				return "'" + this.text + "'";
			}
			String text = (this.text.length() > 30) ? this.text.substring(0, 29) + "…" : this.text;
			return (this.kind == Kind.STRING) ? "the string " + text : "`" + text + "`";
		}

	}

	/**
	 * GraphQL's tokens with their places, counted as graphql-java counts them (lines at
	 * each {@code \n}, columns in code points from 1), up to the first character that
	 * starts none.
	 */
	private static final class Lexer {

		final List<Token> tokens = new ArrayList<>();

		int errorOffset = -1;

		int errorLine = -1;

		int errorColumn = -1;

		private final String text;

		private int at;

		private int line = 1;

		private int column = 1;

		Lexer(String text) {
			this.text = text;
			while (this.at < text.length() && this.errorOffset < 0) {
				next();
			}
		}

		private void next() {
			int c = this.text.codePointAt(this.at);
			if (c == '\n') {
				advance(1);
				this.line++;
				this.column = 1;
			}
			else if (c == ' ' || c == '\t' || c == ',' || c == '\r' || c == '\uFEFF') {
				advance(1);
			}
			else if (c == '#') {
				while (this.at < this.text.length() && this.text.charAt(this.at) != '\n'
						&& this.text.charAt(this.at) != '\r') {
					advance(1);
				}
			}
			else if (this.text.startsWith("...", this.at)) {
				token(Kind.PUNCTUATOR, 3);
			}
			else if ("!$&():=@[]{}|".indexOf(c) >= 0) {
				token(Kind.PUNCTUATOR, 1);
			}
			else if (c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
				int end = this.at + 1;
				while (end < this.text.length() && isNameChar(this.text.charAt(end))) {
					end++;
				}
				token(Kind.NAME, end - this.at);
			}
			else if (c == '-' || (c >= '0' && c <= '9')) {
				number();
			}
			else if (c == '"') {
				string();
			}
			else {
				error();
			}
		}

		private static boolean isNameChar(char c) {
			return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
		}

		private void number() {
			int end = this.at;
			if (this.text.charAt(end) == '-') {
				end++;
			}
			int digits = digits(end);
			if (digits == end || (this.text.charAt(end) == '0' && digits > end + 1)) {
				error();
				return;
			}
			end = digits;
			if (end < this.text.length() && this.text.charAt(end) == '.') {
				int fraction = digits(end + 1);
				if (fraction == end + 1) {
					error();
					return;
				}
				end = fraction;
			}
			if (end < this.text.length() && (this.text.charAt(end) == 'e' || this.text.charAt(end) == 'E')) {
				int exponent = end + 1;
				if (exponent < this.text.length()
						&& (this.text.charAt(exponent) == '+' || this.text.charAt(exponent) == '-')) {
					exponent++;
				}
				int digitsEnd = digits(exponent);
				if (digitsEnd == exponent) {
					error();
					return;
				}
				end = digitsEnd;
			}
			token(Kind.NUMBER, end - this.at);
		}

		private int digits(int from) {
			int end = from;
			while (end < this.text.length() && this.text.charAt(end) >= '0' && this.text.charAt(end) <= '9') {
				end++;
			}
			return end;
		}

		private void string() {
			if (this.text.startsWith("\"\"\"", this.at)) {
				int close = this.text.indexOf("\"\"\"", this.at + 3);
				while (close > 0 && this.text.charAt(close - 1) == '\\') {
					close = this.text.indexOf("\"\"\"", close + 1);
				}
				if (close < 0) {
					error();
					return;
				}
				int startLine = this.line;
				int startColumn = this.column;
				String block = this.text.substring(this.at, close + 3);
				this.tokens.add(new Token(Kind.STRING, block, startLine, startColumn));
				for (int i = 0; i < block.length(); i++) {
					if (block.charAt(i) == '\n') {
						this.line++;
						this.column = 1;
					}
					else if (!Character.isLowSurrogate(block.charAt(i))) {
						this.column++;
					}
				}
				this.at = close + 3;
				return;
			}
			int end = this.at + 1;
			while (end < this.text.length()) {
				char c = this.text.charAt(end);
				if (c == '"') {
					token(Kind.STRING, end + 1 - this.at);
					return;
				}
				if (c == '\n' || c == '\r') {
					break;
				}
				if (c == '\\') {
					int escaped = escapeEnd(this.text, end);
					if (escaped < 0) {
						break;
					}
					end = escaped;
					continue;
				}
				end++;
			}
			error();
		}

		private void token(Kind kind, int length) {
			this.tokens.add(new Token(kind, this.text.substring(this.at, this.at + length), this.line, this.column));
			advance(length);
		}

		private void advance(int chars) {
			for (int i = 0; i < chars; i++) {
				if (!Character.isLowSurrogate(this.text.charAt(this.at))) {
					this.column++;
				}
				this.at++;
			}
		}

		private void error() {
			this.errorOffset = this.at;
			this.errorLine = this.line;
			this.errorColumn = this.column;
		}

	}

}
