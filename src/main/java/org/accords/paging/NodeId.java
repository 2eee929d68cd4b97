package org.accords.paging;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.accords.http.Echo;
import org.jspecify.annotations.Nullable;

/**
 * Opaque, stable global ids: {@code base64url("Type:key")}, where the key is the curated
 * id, so an entity keeps its id across reloads and restarts.
 */
public final class NodeId {

	private NodeId() {
	}

	/** A parsed id: the GraphQL type name and the curated key. */
	public record Parts(String type, String key) {
	}

	public static String of(String type, String key) {
		return Base64.getUrlEncoder()
			.withoutPadding()
			.encodeToString((type + ":" + key).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * @throws InvalidInputException if the id was not made by {@link #of}
	 */
	public static Parts parse(String id) {
		String respelled = respelled(id);
		if (respelled != null) {
			throw new InvalidInputException(respelling(id, respelled));
		}
		try {
			String raw = new String(Base64.getUrlDecoder().decode(id), StandardCharsets.UTF_8);
			int colon = raw.indexOf(':');
			if (colon > 0 && colon < raw.length() - 1
					&& of(raw.substring(0, colon), raw.substring(colon + 1)).equals(id)) {
				return new Parts(raw.substring(0, colon), raw.substring(colon + 1));
			}
		}
		catch (IllegalArgumentException ex) {
			// not base64: reported below
		}
		throw new InvalidInputException(Echo.quoted(id) + " is not an Accords id: use an id as the API's id fields and "
				+ "the downloads' id column give it, such as " + of("Country", "LT")
				+ " for Lithuania; find one by name with search(text:)");
	}

	/** The type an id names, when it is one as {@link #of} writes it; null otherwise. */
	public static @Nullable String typeOf(String id) {
		Parts parts = parsed(id);
		return (parts != null) ? parts.type() : null;
	}

	/**
	 * The curated key inside a node id, or {@code value} itself when it is none (a
	 * figure, a date, words, a curated id), for reading.
	 */
	public static String keyOr(String value) {
		Parts parts = parsed(value);
		return (parts != null) ? parts.key() : value;
	}

	/** {@link #parse(String)} without a refusal: null when it is no id. */
	private static @Nullable Parts parsed(String id) {
		try {
			return parse(id);
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	/**
	 * {@link #parse(String)} for the value of {@code argument} ({@code id} of
	 * {@code node}): a refusal names the argument, as the filters' refusals do.
	 * @throws InvalidInputException if the id was not made by {@link #of}
	 */
	public static Parts parse(String id, String argument) {
		try {
			return parse(id);
		}
		catch (InvalidInputException ex) {
			throw new InvalidInputException(argument + ": " + ex.getMessage());
		}
	}

	/**
	 * The indefinite article of a type's name in a message ("an Agreement", "a
	 * Statement"), by its first letter: every type name and its words start so that the
	 * letter decides.
	 */
	public static String article(String type) {
		return "AEIOU".indexOf(Character.toUpperCase(type.charAt(0))) >= 0 ? "an" : "a";
	}

	/**
	 * Checks an optional filter argument that must be the id of an entity of the given
	 * type; null stays null.
	 */
	public static @Nullable String check(@Nullable String id, String type, String argument) {
		if (id == null) {
			return null;
		}
		Parts parts;
		try {
			parts = parse(id);
		}
		catch (InvalidInputException ex) {
			String respelled = respelled(id);
			if (respelled != null) {
				throw new InvalidInputException(argument + ": " + respelling(id, respelled));
			}
			// a country's code or a person's name where the id goes: say which argument,
			// and where ids of its type come from
			throw new NotAnIdException(argument + ": " + Echo.quoted(id) + " is not an Accords id; expected the id of "
					+ article(type) + " " + type + ", as its `id` field and the downloads' id column give it"
					+ whereToFind(id, type), argument, id, type);
		}
		if (!parts.type().equals(type)) {
			throw new InvalidInputException(argument + ": '" + id + "' is the id of " + article(parts.type()) + " "
					+ parts.type() + ", expected " + article(type) + " " + type);
		}
		return id;
	}

	/**
	 * What {@code argument} given {@code value}, the curated id of the entities of
	 * {@code ids} (their node ids), is told: those ids.
	 */
	public static String curatedIdMessage(String argument, String value, List<String> ids) {
		String types = ids.stream()
			.map((id) -> parse(id).type())
			.map((type) -> article(type) + " " + type)
			.collect(Collectors.joining(" and of "));
		return argument + ": " + Echo.quoted(value) + " is the curated id of " + types + ", not "
				+ ((ids.size() > 1) ? "an Accords id; their Accords ids are " + String.join(" and ", ids)
						: "its Accords id, " + ids.get(0));
	}

	/**
	 * The id as {@link #of} writes it, when {@code id} is the same one spelled as
	 * JavaScript's {@code btoa()} writes base64 (padded with {@code =}, with {@code +}
	 * and {@code /} for {@code -} and {@code _}); null for any other value. Such an id is
	 * refused rather than read as the same: an id has one spelling, so that the store,
	 * the response cache and a client's normalized cache (keyed by id) never hold one
	 * entity under two.
	 */
	public static @Nullable String respelled(String id) {
		String stripped = id.endsWith("==") ? id.substring(0, id.length() - 2)
				: id.endsWith("=") ? id.substring(0, id.length() - 1) : id;
		String unpadded = stripped.replace('+', '-').replace('/', '_');
		if (unpadded.equals(id)) {
			return null;
		}
		try {
			parse(unpadded);
			return unpadded;
		}
		catch (InvalidInputException ex) {
			return null;
		}
	}

	/** What an id spelled as {@code btoa()} writes it is told: its one spelling. */
	public static String respelling(String id, String respelled) {
		return Echo.quoted(id) + " is an Accords id spelled as btoa() writes base64 (with '=' padding, '+' or '/'):"
				+ " send it as the API writes it, " + respelled + " (base64url, without padding)";
	}

	/**
	 * For a country, the id of the code given (countries are not searched; their key is
	 * the code); for anything else, search.
	 */
	private static String whereToFind(String value, String type) {
		if ("Country".equals(type)) {
			String code = value.strip().toUpperCase(Locale.ROOT);
			return code.matches("[A-Z]{2}") ? ": " + of(type, code) + " for the code " + code : "";
		}
		return " (search(text:) finds one by name)";
	}

}
