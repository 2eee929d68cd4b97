package org.accords.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accords.dataset.Citation;
import org.accords.dataset.DatasetInfo;
import org.accords.graphql.DatasetVersionSource;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * The listing of {@code /data}: the downloads and the changelog, at one address each, as
 * HTML for people (the {@code templates/downloads} pages, mapped with
 * {@code produces = text/html}) and as JSON for programs (the mapping without
 * {@code produces}, so that a client asking for anything, as curl does, gets JSON too).
 * The files themselves are {@link DownloadController}'s.
 */
@Controller
@RequestMapping("/data")
class DataListingController {

	/**
	 * The listing and the changelog change with each publication (the listing also when a
	 * version's download sizes are measured): revalidated each time, so that no cache
	 * keeps them by its own heuristics.
	 */
	private static final String REVALIDATED = "no-cache";

	private static final String LICENCE_LINK = "<" + Citation.LICENCE_URL + ">; rel=\"license\"";

	private final DataRequests requests;

	DataListingController(DataRequests requests) {
		this.requests = requests;
	}

	@GetMapping(path = { "", "/" }, produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView indexPage(HttpServletRequest request, HttpServletResponse response) {
		DatasetInfo info = this.requests.info(request);
		this.requests.charge(DownloadController.DOWNLOAD_COST, request);
		List<Downloads.Download> all = this.requests.all(info, DatasetVersionSource.pinned(request));
		String jsonLd = Archive.JSON
			.writeValueAsString(this.requests.metadata().jsonLd(info, this.requests.baseUrl(), all));
		response.setHeader(DatasetVersionSource.HEADER, info.version());
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		response.addHeader(HttpHeaders.VARY, DatasetVersionSource.HEADER);
		response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATED);
		return DataViews.secured(response, DataViews.index(info, all, jsonLd));
	}

	@GetMapping({ "", "/" })
	ResponseEntity<Map<String, Object>> index(HttpServletRequest request) {
		DatasetInfo info = this.requests.info(request);
		this.requests.charge(DownloadController.DOWNLOAD_COST, request);
		// the type is set, so a client asking for neither HTML nor JSON still gets JSON
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(MediaType.APPLICATION_JSON)
			.varyBy(HttpHeaders.ACCEPT, DatasetVersionSource.HEADER)
			.header(DatasetVersionSource.HEADER, info.version())
			.body(indexJson(info, DatasetVersionSource.pinned(request)));
	}

	@GetMapping("/index.json")
	ResponseEntity<Map<String, Object>> indexJson(HttpServletRequest request) {
		DatasetInfo info = this.requests.info(request);
		this.requests.charge(DownloadController.DOWNLOAD_COST, request);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(MediaType.APPLICATION_JSON)
			.header(DatasetVersionSource.HEADER, info.version())
			.varyBy(DatasetVersionSource.HEADER)
			.body(indexJson(info, DatasetVersionSource.pinned(request)));
	}

	@GetMapping(path = "/changelog", produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView changelogPage(HttpServletRequest request, HttpServletResponse response) {
		response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT);
		response.setHeader(HttpHeaders.CACHE_CONTROL, REVALIDATED);
		return DataViews.secured(response, DataViews.changelog(this.requests.changelog(request)));
	}

	@GetMapping("/changelog")
	ResponseEntity<List<Map<String, Object>>> changelog(HttpServletRequest request) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.LINK, LICENCE_LINK)
			.varyBy(HttpHeaders.ACCEPT)
			.body(this.requests.changelog(request));
	}

	/** A download listed with the others, so under the licence every download names. */
	@GetMapping("/" + Downloads.CHANGELOG)
	ResponseEntity<List<Map<String, Object>>> changelogJson(HttpServletRequest request) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.LINK, LICENCE_LINK)
			.body(this.requests.changelog(request));
	}

	private Map<String, Object> indexJson(DatasetInfo info, boolean pinned) {
		Map<String, Object> index = new LinkedHashMap<>();
		index.put("title", Citation.TITLE);
		index.put("description", Metadata.DESCRIPTION);
		index.put("version", info.version());
		index.put("publishedAt", info.loadedAt().toString());
		index.put("licence",
				Map.of("name", Citation.LICENCE_NAME, "url", Citation.LICENCE_URL, "note", Citation.LICENCE_NOTE));
		index.put("citation", Citation.text(info));
		index.put("graphql", this.requests.baseUrl() + "/graphql");
		index.put("downloads", this.requests.all(info, pinned));
		return index;
	}

}
