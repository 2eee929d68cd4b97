package org.accords.graphql;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.accords.http.Echo;

/**
 * A request asked for a dataset version this store does not keep (never published, or
 * deleted as older than the last {@code accords.dataset.keep-versions}); shown to the
 * client with code {@code VERSION_NOT_KEPT} (HTTP 404), naming the version and the ones
 * kept.
 */
public class VersionNotKeptException extends RuntimeException {

	/** The extension that lists the versions kept. */
	public static final String KEPT_VERSIONS = "keptVersions";

	private final List<String> kept;

	public VersionNotKeptException(String requested, List<String> kept) {
		super("Dataset version " + Echo.quoted(requested)
				+ " is not kept here: it was never published or is older than the "
				+ "versions kept. Versions kept, newest first: " + (kept.isEmpty() ? "none" : String.join(", ", kept)));
		this.kept = List.copyOf(kept);
	}

	/** The versions kept when the request came, newest first. */
	public List<String> kept() {
		return this.kept;
	}

	/**
	 * The error's {@code extensions}: its code and the versions kept, newest first
	 * ({@code keptVersions}), which a page offers without parsing the message.
	 */
	public Map<String, Object> extensions() {
		Map<String, Object> extensions = new LinkedHashMap<>();
		extensions.put("code", ErrorCode.VERSION_NOT_KEPT.name());
		extensions.put(KEPT_VERSIONS, this.kept);
		return extensions;
	}

	/** Never null: every constructor takes a message. */
	@Override
	public String getMessage() {
		return Objects.requireNonNull(super.getMessage());
	}

}
