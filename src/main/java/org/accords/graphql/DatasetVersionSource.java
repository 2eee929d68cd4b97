package org.accords.graphql;

import org.accords.paging.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * Tells the transport which dataset version is being served, and which version a request
 * asks for, so that cached responses and ETags can be keyed by the version served.
 */
public interface DatasetVersionSource {

	/** Key of the dataset version in the GraphQL context of a request. */
	String CONTEXT_KEY = "datasetVersion";

	/**
	 * The request header that asks for a kept dataset version, and the response header
	 * that names the version an answer came from.
	 */
	String HEADER = "Accords-Version";

	/**
	 * Key, in the GraphQL context and the attributes of a request, of whether the request
	 * named its dataset version ({@link #HEADER} or {@link #PARAMETER}): links in its
	 * answer then keep that version ({@code Evidence.sourceUrl}).
	 */
	String PINNED = "datasetVersionPinned";

	/** The query parameter that asks for a kept dataset version (GET). */
	String PARAMETER = "version";

	/**
	 * The version a plain HTTP request (a download, a page, a card) names with the
	 * {@link #HEADER} header or the {@link #PARAMETER} parameter; null when it names
	 * none.
	 * @throws InvalidInputException when the two name different versions
	 */
	static @Nullable String requested(jakarta.servlet.http.HttpServletRequest request) {
		String header = named(request.getHeader(HEADER));
		String parameter = named(request.getParameter(PARAMETER));
		if (header != null && parameter != null && !header.equals(parameter)) {
			throw new InvalidInputException("The " + HEADER + " header (" + header + ") and the " + PARAMETER
					+ " parameter (" + parameter + ") name different dataset versions; send one of them");
		}
		return (header != null) ? header : parameter;
	}

	/**
	 * Whether a plain HTTP request named its dataset version ({@link #requested}): the
	 * links in its answer then keep that version, so that what it cites stays on it.
	 * @throws InvalidInputException when the header and the parameter name different
	 * versions
	 */
	static boolean pinned(jakarta.servlet.http.HttpServletRequest request) {
		return requested(request) != null;
	}

	/**
	 * The version a value names (a header, a parameter, the {@code version} of an address
	 * a request gives): trimmed, null when absent or blank, which names none.
	 */
	static @Nullable String named(@Nullable String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	/**
	 * {@code variant} (of an ETag, of a cache's key) for the answer to a request that
	 * named its version when {@code pinned}: its links keep the version, so its bytes
	 * differ from the plain answer's of the same version, and so must its tag.
	 */
	static String variant(String variant, boolean pinned) {
		return pinned ? variant + "-pinned" : variant;
	}

	/** The version served now, or null when none is loaded yet. */
	@Nullable String currentVersion();

	/**
	 * The versions a request may name, newest first: the current one when no older ones
	 * are kept.
	 */
	default java.util.List<String> keptVersions() {
		String current = currentVersion();
		return (current != null) ? java.util.List.of(current) : java.util.List.of();
	}

	/**
	 * The version a request reads: {@code requested} when it is kept, the current one
	 * when {@code requested} is null; null when no dataset is loaded yet.
	 * @throws VersionNotKeptException when {@code requested} is not kept
	 */
	default @Nullable String resolve(@Nullable String requested) {
		String current = currentVersion();
		if (requested == null || requested.equals(current)) {
			return current;
		}
		throw new VersionNotKeptException(requested,
				(current != null) ? java.util.List.of(current) : java.util.List.of());
	}

}
