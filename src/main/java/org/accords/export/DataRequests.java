package org.accords.export;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.accords.AccordsProperties;
import org.accords.dataset.ChangelogEntry;
import org.accords.dataset.Citation;
import org.accords.dataset.DatasetInfo;
import org.accords.dataset.DatasetState;
import org.accords.graphql.DatasetVersionSource;
import org.accords.graphql.VersionNotKeptException;
import org.accords.http.ClientNetwork;
import org.accords.http.PlacesPerClient;
import org.accords.http.Release;
import org.accords.web.RequestBudget;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * What the listing and the downloads of {@code /data} share: the dataset version a
 * request reads, every download with its sizes, the metadata files built per request, and
 * how long a client may keep a copy.
 */
@Component
class DataRequests {

	private final DatasetState state;

	private final Downloads downloads;

	private final Metadata metadata;

	private final CacheControl cacheControl;

	private final String publicUrl;

	private final RequestBudget budget;

	private final Release release;

	/**
	 * The downloads being written, by address: a download holds a request thread until
	 * its client has read the last byte, and a client that reads slowly holds it as long
	 * as it likes.
	 */
	private final PlacesPerClient writing = new PlacesPerClient(MAX_DOWNLOADS_PER_ADDRESS);

	/**
	 * The most downloads one address (an IPv6 client by its /64) is written at once: as
	 * many connections as a browser opens to one host. Slow readers from one address took
	 * every request thread (200) before, and every other request waited.
	 */
	static final int MAX_DOWNLOADS_PER_ADDRESS = 6;

	DataRequests(DatasetState state, Downloads downloads, Metadata metadata, RequestBudget budget,
			AccordsProperties properties, Release release) {
		this.state = state;
		this.release = release;
		this.budget = budget;
		this.downloads = downloads;
		this.metadata = metadata;
		this.cacheControl = CacheControl.maxAge(properties.export().maxAge()).cachePublic();
		this.publicUrl = properties.publicUrl();
	}

	DatasetState state() {
		return this.state;
	}

	Metadata metadata() {
		return this.metadata;
	}

	/**
	 * The changelog, as {@code changelog.json} and {@code /data/changelog} give it,
	 * charged as a download: like every download, none before the first version is loaded
	 * (503, as {@code index.json} answers then), rather than an empty list that says no
	 * version was ever published.
	 */
	List<Map<String, Object>> changelog(HttpServletRequest request) {
		this.state.current();
		List<ChangelogEntry> entries = this.metadata.changelogEntries();
		// one point per id listed, as a download's row: the first version lists every id
		charge(DownloadController.DOWNLOAD_COST + Metadata.ids(entries), request);
		return this.metadata.changelog(entries);
	}

	/**
	 * Takes one of the request's address's places for writing a download, before it is
	 * charged (a refused place costs nothing); closing the place frees it. A HEAD writes
	 * nothing and takes none.
	 * @throws TooManyDownloadsException when the address is written its most already
	 */
	Place place(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod())) {
			return () -> {
			};
		}
		String address = ClientNetwork.of(request.getRemoteAddr());
		if (!this.writing.take(address)) {
			throw new TooManyDownloadsException(MAX_DOWNLOADS_PER_ADDRESS);
		}
		return () -> this.writing.release(address);
	}

	/** A download's place, held while it is written. */
	interface Place extends AutoCloseable {

		@Override
		void close();

	}

	/**
	 * Charges a file about to be written to the client's budget, the one /graphql spends
	 * ({@link RequestBudget}: a file over the whole budget can still be had once per
	 * refill period); a 429 from {@link DataErrors} when the budget cannot cover it yet,
	 * a 401 for an unknown API key. A download's HEAD writes nothing and its caller does
	 * not charge it; a file built per request (the listing, the metadata files, the
	 * changelog) is built to answer a HEAD too, which is charged as its GET. The answer
	 * does not say what is left ({@code RateLimit}): it is {@code public} (open data, one
	 * copy for every client), and a shared cache would hand one client's budget to
	 * others; the 429 says it, and is {@code no-store}.
	 */
	void charge(long cost, HttpServletRequest request) {
		this.budget.charge(request, cost, "download");
	}

	CacheControl cacheControl() {
		return this.cacheControl;
	}

	/**
	 * The version a request reads: the kept one its {@code Accords-Version} header or
	 * {@code version} parameter names, else the current one.
	 * @throws VersionNotKeptException when the one named is not kept
	 */
	DatasetInfo info(HttpServletRequest request) {
		return this.state.info(DatasetVersionSource.requested(request));
	}

	/**
	 * Every download, with the sizes of the per-request metadata files filled in.
	 * @param pinned whether the request named its version
	 * ({@link DatasetVersionSource#pinned}): the links then name it too, so that they
	 * serve that version after newer ones (an older version can only be read so); else
	 * they follow the current version
	 */
	List<Downloads.Download> all(DatasetInfo info, boolean pinned) {
		String query = pinned ? "?" + DatasetVersionSource.PARAMETER + "=" + info.version() : "";
		List<Downloads.Download> first = this.downloads.all(info, baseUrl(), query, Map.of());
		return this.downloads.all(info, baseUrl(), query, Map.of(Downloads.JSON_LD,
				(long) jsonLdBytes(info, first).length, Downloads.BIBTEX, (long) bibtexBytes(info).length));
	}

	byte[] jsonLdBytes(DatasetInfo info, List<Downloads.Download> all) {
		return Archive.JSON.writeValueAsBytes(this.metadata.jsonLd(info, baseUrl(), all));
	}

	byte[] bibtexBytes(DatasetInfo info) {
		return Citation.bibtex(info, baseUrl() + "/data").getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The entity tag of a version's file as this release writes it; {@code variant} tells
	 * other bytes apart.
	 */
	String etag(DatasetInfo info, String variant) {
		return this.release.etag(info.version(), variant);
	}

	/** From {@code accords.public-url}, never from the request's Host header. */
	String baseUrl() {
		return this.publicUrl;
	}

}
