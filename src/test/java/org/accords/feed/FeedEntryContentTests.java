package org.accords.feed;

import java.time.Instant;
import java.util.List;

import org.accords.dataset.Changelog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HTML of an Atom entry's content, as readers render it: each entity changed, linked
 * to its page unless it was removed, every value escaped, and how many more were left
 * out.
 */
class FeedEntryContentTests {

	static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");

	@Test
	void listsEachEntityLinkedUnlessRemovedWithEveryValueEscaped() {
		VersionSummary version = new VersionSummary("abc<1>", null, AT, "title", List.of(),
				List.of(new EntityChange("abc<1>", AT, "Statement", "st-1", Changelog.Change.ADDED,
						"\"Drones\" & <shells>", "https://accords.example/statements/st-1?a=1&b=2"),
						new EntityChange("abc<1>", AT, "Person", "p-2", Changelog.Change.REMOVED, "Old name",
								"https://accords.example/people/p-2"),
						new EntityChange("abc<1>", AT, "Country", "c-3", Changelog.Change.CHANGED, null, null)),
				0);

		assertThat(FeedController.content(version)).isEqualTo("<p>Dataset version abc&lt;1&gt;</p><ul>"
				+ "<li><a href=\"https://accords.example/statements/st-1?a=1&amp;b=2\">added Statement: "
				+ "&quot;Drones&quot; &amp; &lt;shells&gt;</a></li>" + "<li>removed Person: Old name</li>"
				+ "<li>changed Country: c-3</li></ul>");
	}

	@Test
	void saysHowManyMoreThanListed() {
		VersionSummary version = new VersionSummary("v2", "v1", AT, "title", List.of(),
				List.of(new EntityChange("v2", AT, "Statement", "st-1", Changelog.Change.ADDED, "Words", null)), 41);

		assertThat(FeedController.content(version)).isEqualTo("<p>Dataset version v2</p><ul>"
				+ "<li>added Statement: Words</li></ul><p>and 41 more: see the changes query</p>");
	}

}
