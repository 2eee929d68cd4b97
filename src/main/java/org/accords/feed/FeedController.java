package org.accords.feed;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import com.samskivert.mustache.Template;
import org.accords.AccordsProperties;
import org.accords.dataset.Changelog;
import org.accords.dataset.ChangelogEntry;
import org.accords.dataset.Citation;
import org.accords.web.ChargeRefusedException;
import org.accords.web.Problems;
import org.accords.web.RequestBudget;
import org.accords.web.Templates;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.accords.http.ETags;
import org.accords.http.Release;
import org.jspecify.annotations.Nullable;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What changed, as feeds: {@code /data/changes.atom} (Atom, RFC 4287) and
 * {@code /data/changes.json}, one entry per version, newest first, each titled for people
 * and linking the pages of the entities it changed. Each is charged to its client's
 * budget ({@link RequestBudget}) before the entities' ids and labels are read; a
 * {@code 304}, known from the versions' list alone, is not.
 */
@Controller
class FeedController {

	static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final Template CONTENT = Templates.compile("feed/content");

	private final Changes changes;

	private final String publicUrl;

	private final Release release;

	private final RequestBudget budget;

	FeedController(Changes changes, AccordsProperties properties, Release release, RequestBudget budget) {
		this.changes = changes;
		this.release = release;
		this.budget = budget;
		this.publicUrl = properties.publicUrl();
	}

	@GetMapping("/data/changes.json")
	@Nullable ResponseEntity<?> json(HttpServletRequest http, HttpServletResponse response) {
		List<ChangelogEntry> entries = this.changes.recentEntries();
		String etag = etag(entries, "json");
		charge(entries, etag, http);
		if (ETags.answered(http, response, etag, CacheControl.noCache())) {
			return null;
		}
		List<VersionSummary> versions = this.changes.recent(entries);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", Citation.TITLE + ": changes");
		body.put("url", this.publicUrl + "/data/changes.json");
		body.put("atom", this.publicUrl + "/data/changes.atom");
		body.put("versions", versions);
		return ResponseEntity.ok().eTag(etag).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	@GetMapping("/data/changes.atom")
	@Nullable ResponseEntity<?> atom(HttpServletRequest http, HttpServletResponse response) throws XMLStreamException {
		List<ChangelogEntry> entries = this.changes.recentEntries();
		String etag = etag(entries, "atom");
		charge(entries, etag, http);
		if (ETags.answered(http, response, etag, CacheControl.noCache())) {
			return null;
		}
		List<VersionSummary> versions = this.changes.recent(entries);
		return ResponseEntity.ok()
			.eTag(etag)
			.contentType(MediaType.parseMediaType("application/atom+xml;charset=UTF-8"))
			.body(atom(versions));
	}

	/**
	 * Charges the feed before its entities' ids and labels are read, one point for each
	 * entity listed; not a 304 (or 412), known from the versions' list alone.
	 */
	private void charge(List<ChangelogEntry> entries, String etag, HttpServletRequest http) {
		this.budget.chargeUnlessAnswered(http, etag, true, RequestBudget.FEED_COST + Changes.listed(entries), "feed");
	}

	private String etag(List<ChangelogEntry> entries, String kind) {
		return this.release.etag("changes-" + (entries.isEmpty() ? "none" : entries.get(0).version()), "-" + kind);
	}

	/**
	 * Over the client's budget (429, with the budget and when to retry), or an unknown
	 * API key (401): JSON for the JSON feed, plain text for the Atom feed (a feed reader
	 * shows no body; a person running curl reads it).
	 */
	@ExceptionHandler(ChargeRefusedException.class)
	ResponseEntity<?> refused(ChargeRefusedException ex, HttpServletRequest request) {
		if (request.getRequestURI().endsWith(".json")) {
			return Problems.with(Problems.of(ex.status(), ex.getMessage(), true, "", ""), ex.headers());
		}
		return ResponseEntity.status(ex.status())
			.headers(ex.headers())
			.cacheControl(CacheControl.noStore())
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.header("X-Content-Type-Options", "nosniff")
			.body(ex.getMessage() + "\n");
	}

	String atom(List<VersionSummary> versions) throws XMLStreamException {
		StringWriter out = new StringWriter();
		XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.writeStartElement("feed");
		xml.writeDefaultNamespace(ATOM);
		text(xml, "id", this.publicUrl + "/data/changes.atom");
		text(xml, "title", "Accords: what changed");
		text(xml, "subtitle", "One entry per dataset version: what it added, changed and removed. " + Citation.TITLE);
		text(xml, "updated", (versions.isEmpty() ? Instant.EPOCH : versions.get(0).publishedAt()).toString());
		link(xml, "self", this.publicUrl + "/data/changes.atom", "application/atom+xml", null);
		link(xml, "alternate", this.publicUrl + "/data/changes.json", "application/json", null);
		xml.writeStartElement("author");
		text(xml, "name", Citation.PUBLISHER);
		text(xml, "uri", this.publicUrl);
		xml.writeEndElement();
		text(xml, "rights", "Curated data: " + Citation.LICENCE_NAME + ", " + Citation.LICENCE_URL);
		for (VersionSummary version : versions) {
			xml.writeStartElement("entry");
			text(xml, "id", "urn:accords:dataset-version:" + version.version());
			text(xml, "title", version.title());
			text(xml, "updated", version.publishedAt().toString());
			text(xml, "published", version.publishedAt().toString());
			// the entry as a whole (what a feed reader opens): the version in the
			// changelog;
			// each entity it touched is a related link
			link(xml, "alternate", this.publicUrl + "/data/changelog#version-" + version.version(), "text/html", null);
			for (EntityChange entity : version.entities()) {
				if (entity.url() != null && entity.change() != Changelog.Change.REMOVED) {
					link(xml, "related", entity.url(), "text/html",
							(entity.label() != null) ? entity.label() : entity.type() + " " + entity.id());
				}
			}
			xml.writeStartElement("content");
			xml.writeAttribute("type", "html");
			xml.writeCharacters(content(version));
			xml.writeEndElement();
			xml.writeEndElement();
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return out.toString();
	}

	/**
	 * The entry's content: a list of the entities, linked; escaped again by the writer.
	 */
	static String content(VersionSummary version) {
		List<Map<String, Object>> entities = new ArrayList<>();
		for (EntityChange entity : version.entities()) {
			String href = (entity.change() != Changelog.Change.REMOVED) ? entity.url() : null;
			entities.add(Map.of("linked", href != null, "href", (href != null) ? href : "", "text",
					entity.change().name().toLowerCase(Locale.ROOT) + " " + entity.type() + ": "
							+ ((entity.label() != null) ? entity.label() : entity.id())));
		}
		return CONTENT.execute(Map.of("version", version.version(), "entities", entities, "hasMore", version.more() > 0,
				"more", version.more()));
	}

	private static void text(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
		xml.writeStartElement(name);
		xml.writeCharacters(value);
		xml.writeEndElement();
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type, @Nullable String title)
			throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("href", href);
		xml.writeAttribute("type", type);
		if (title != null) {
			xml.writeAttribute("title", title);
		}
	}

}
