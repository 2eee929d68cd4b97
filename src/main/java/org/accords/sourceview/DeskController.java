package org.accords.sourceview;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import com.samskivert.mustache.Template;
import org.accords.AccordsProperties;
import org.accords.http.Echo;
import org.accords.seed.SeedCheck;
import org.accords.seed.SeedException;
import org.accords.web.Templates;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The curator's desk ({@code accords.desk.enabled=true}, loopback only): {@code /desk}
 * lists the seed folder's curated files, {@code /desk/articles/{file}} shows one on its
 * article with every entry's evidence highlighted as the source view does, unreviewed
 * entries hatched and labelled. The curator reviews in the YAML beside it and reloads
 * (files are read on every request); for a file under a {@code file:} location each
 * unreviewed entry also has Accept and Reject buttons, which edit only that entry's lines
 * ({@link DeskEdits}) and then check the folder as a load would. Requests must name a
 * loopback host (no DNS rebinding) and posts carry this instance's token and come from
 * its own origin (no cross-site requests).
 */
@Controller
@ConditionalOnBooleanProperty("accords.desk.enabled")
class DeskController {

	/** The accept and reject buttons of an entry. */
	private static final Template REVIEW_FORM = Templates.compile("articles/review-form");

	/** A curated file's name: no folders, no way out of {@code curated/}. */
	private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.ya?ml");

	private static final Pattern ARTICLE_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.txt");

	private final ResourcePatternResolver resolver;

	private final String location;

	/** Proves that a post comes from a page this instance served. */
	private final String token = HexFormat.of().formatHex(random());

	/** What the last review of each file did, shown once on its page. */
	private final Map<String, List<String>> results = new ConcurrentHashMap<>();

	DeskController(ResourcePatternResolver resolver, AccordsProperties properties) {
		this.resolver = resolver;
		String base = properties.seed().location();
		this.location = base.endsWith("/") ? base : base + "/";
	}

	@GetMapping({ "/desk", "/desk/" })
	ResponseEntity<String> files(@RequestHeader(HttpHeaders.HOST) String host) throws IOException {
		if (!loopbackHost(host)) {
			return forbidden("The desk answers only requests addressed to localhost, 127.0.0.1 or [::1]");
		}
		Resource[] resources = this.resolver.getResources(this.location + "curated/*.y*ml");
		Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
		List<Map<String, String>> rows = new ArrayList<>();
		for (Resource resource : resources) {
			String name = resource.getFilename();
			if (name == null || !FILE.matcher(name).matches()) {
				continue;
			}
			String status;
			try {
				DeskFile file = read(name);
				status = file.entries() + " entries, " + file.unreviewed().size() + " unreviewed"
						+ (file.problems().isEmpty() ? "" : ", " + file.problems().size()
								+ ((file.problems().size() == 1) ? " excerpt" : " excerpts") + " not placed");
			}
			catch (DeskFile.DeskException ex) {
				status = ex.getMessage();
			}
			rows.add(Map.of("name", name, "status", status));
		}
		String html = ArticleList.desk(this.location, rows);
		return ResponseEntity.ok()
			.contentType(SourceViewController.HTML)
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", ArticleList.CONTENT_SECURITY_POLICY)
			.body(html);
	}

	@GetMapping("/desk/articles/{file}")
	ResponseEntity<String> file(@PathVariable String file, @RequestParam(required = false) @Nullable String fact,
			@RequestHeader(HttpHeaders.HOST) String host) {
		if (!loopbackHost(host)) {
			return forbidden("The desk answers only requests addressed to localhost, 127.0.0.1 or [::1]");
		}
		DeskFile desk;
		try {
			desk = read(file);
		}
		catch (DeskFile.DeskException ex) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(SourceViewController.HTML)
				.header("Content-Security-Policy", ArticleList.CONTENT_SECURITY_POLICY)
				.body(ArticleList.message(ex.getMessage()));
		}
		List<String> notices = new ArrayList<>();
		notices.add("curated/" + file + ": " + desk.entries() + " entries, " + desk.unreviewed().size()
				+ " unreviewed (those with evidence hatched, marked [unreviewed]). To accept an entry set reviewed: true (or delete "
				+ "the line), to reject it delete the entry; reload to see the change.");
		List<String> last = this.results.remove(file);
		if (last != null) {
			notices.addAll(0, last);
		}
		desk.problems().forEach((problem) -> notices.add("Not shown: " + problem));
		boolean editable = writable(file) != null;
		Map<String, String> actions = new HashMap<>();
		if (editable) {
			for (String factId : desk.unreviewed()) {
				DeskFile.EntryRef ref = desk.refs().get(factId);
				if (ref != null) {
					actions.put(factId, form(file, ref));
				}
			}
		}
		else {
			notices.add("Read-only: the seed folder is not a file: location, so the desk has no Accept or Reject "
					+ "buttons; edit the file itself.");
		}
		SourcePage.Frame frame = new SourcePage.Frame(fact, desk.unreviewed(), "Desk", notices, false, actions, null);
		return ResponseEntity.ok()
			.contentType(SourceViewController.HTML)
			.cacheControl(CacheControl.noStore())
			.header("Content-Security-Policy", SourcePage.contentSecurityPolicy(editable))
			.body(SourcePage.html(desk.article(), frame));
	}

	/**
	 * Accepts ({@code reviewed: true}) or rejects (deletes) one entry, then checks the
	 * folder as a load would; the outcome shows on the file's page. One review at a time,
	 * so two clicks cannot interleave their read and write of a file.
	 */
	@PostMapping(path = "/desk/articles/{file}/review", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
	synchronized ResponseEntity<String> review(@PathVariable String file, @RequestParam String token,
			@RequestParam String section, @RequestParam String id, @RequestParam String action,
			@RequestHeader(HttpHeaders.HOST) String host,
			@RequestHeader(value = HttpHeaders.ORIGIN, required = false) @Nullable String origin,
			@RequestHeader(value = "Sec-Fetch-Site", required = false) @Nullable String fetchSite) {
		if (!loopbackHost(host)) {
			return forbidden("The desk answers only requests addressed to localhost, 127.0.0.1 or [::1]");
		}
		if (!MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), this.token.getBytes(StandardCharsets.UTF_8))
				|| (origin != null && !origin.equals("http://" + host) && !origin.equals("https://" + host))
				|| (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none"))) {
			return forbidden("Not a review sent from this desk's own page (token, origin); reload the page");
		}
		if (!FILE.matcher(file).matches()) {
			return forbidden(Echo.quoted(file) + " is not a curated file name");
		}
		Path path = writable(file);
		if (path == null) {
			return forbidden("The seed folder is not a file: location; edit the file itself");
		}
		List<String> outcome = new ArrayList<>();
		try {
			String yaml = new String(bytes("curated/" + file), StandardCharsets.UTF_8);
			String edited = switch (action) {
				case "accept" -> DeskEdits.accept(yaml, section, id);
				case "reject" -> DeskEdits.reject(yaml, section, id);
				default ->
					throw new DeskFile.DeskException("action must be accept or reject, not " + Echo.quoted(action));
			};
			DeskFile.parse("curated/" + file, edited.getBytes(StandardCharsets.UTF_8));
			Path temporary = Files.createTempFile(path.getParent(), ".desk-", ".tmp");
			Files.writeString(temporary, edited);
			Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
			outcome.add((action.equals("accept") ? "Accepted " : "Rejected (deleted) ") + section + " '" + id
					+ "' in curated/" + file + ".");
			List<String> problems = SeedCheck.problems(this.resolver, this.location);
			outcome.add(problems.isEmpty() ? "Checked: the seed folder loads."
					: "Checked: the seed folder does not load yet (" + problems.size() + " problems): "
							+ String.join(" | ", problems.subList(0, Math.min(5, problems.size())))
							+ ((problems.size() > 5) ? " | …" : ""));
		}
		catch (DeskFile.DeskException ex) {
			outcome.add("Nothing changed: " + ex.getMessage());
		}
		catch (IOException ex) {
			outcome.add("Nothing changed: curated/" + file + " could not be written (" + ex.getMessage() + ")");
		}
		this.results.put(file, outcome);
		return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create("/desk/articles/" + file)).build();
	}

	private String form(String file, DeskFile.EntryRef ref) {
		return REVIEW_FORM.execute(Map.of("file", file, "token", this.token, "section", ref.section(), "id", ref.id()));
	}

	/** The curated file on disk when the seed folder is a {@code file:} location. */
	private @Nullable Path writable(String file) {
		if (!this.location.startsWith("file:") || !FILE.matcher(file).matches()) {
			return null;
		}
		try {
			Path path = this.resolver.getResource(this.location + "curated/" + file).getFile().toPath();
			return Files.isWritable(path) ? path : null;
		}
		catch (IOException ex) {
			return null;
		}
	}

	/** Whether the Host header names loopback: a rebound DNS name does not. */
	static boolean loopbackHost(String host) {
		String name = host.startsWith("[") ? host.substring(0, host.indexOf(']') + 1)
				: (host.contains(":") ? host.substring(0, host.lastIndexOf(':')) : host);
		return name.equalsIgnoreCase("localhost") || name.equals("127.0.0.1") || name.equals("[::1]");
	}

	private static ResponseEntity<String> forbidden(String message) {
		return ResponseEntity.status(HttpStatus.FORBIDDEN)
			.contentType(SourceViewController.HTML)
			.header("Content-Security-Policy", ArticleList.CONTENT_SECURITY_POLICY)
			.body(ArticleList.message(message));
	}

	private static byte[] random() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}

	private DeskFile read(String file) {
		if (!FILE.matcher(file).matches()) {
			throw new DeskFile.DeskException(Echo.quoted(file) + " is not a curated file name (NAME.yaml)");
		}
		String curatedPath = "curated/" + file;
		byte[] yaml = bytes(curatedPath);
		var root = DeskFile.parse(curatedPath, yaml);
		String articleFile = DeskFile.articleFile(root);
		if (!ARTICLE_FILE.matcher(articleFile).matches()) {
			throw new DeskFile.DeskException(
					curatedPath + ": article.file '" + articleFile + "' is not an article file name");
		}
		String articlePath = "articles/" + articleFile;
		return DeskFile.of(curatedPath, new String(yaml, StandardCharsets.UTF_8), root, articlePath,
				new String(bytes(articlePath), StandardCharsets.UTF_8));
	}

	/**
	 * A file of the seed folder, read as the loader reads it: not when it links out of
	 * the folder, nor when it is larger than any seed file may be.
	 */
	private byte[] bytes(String path) {
		try {
			return SeedCheck.file(this.resolver, this.location, path);
		}
		catch (SeedException ex) {
			throw new DeskFile.DeskException(String.join("; ", ex.problems()));
		}
	}

}
