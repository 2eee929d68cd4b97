package org.accords.page;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.accords.AccordsProperties;
import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/**
 * A card is rendered once per version, entity and theme, then served as stored bytes; an
 * unknown id is looked up each time rather than kept.
 */
class RenderedCardsTests {

	final FactCards facts = mock(FactCards.class);

	final RenderedCards cards = new RenderedCards(this.facts,
			Binder.get(new MockEnvironment()).bindOrCreate("accords", AccordsProperties.class));

	static Card card(String label) {
		return new Card(PageType.STATEMENT, "id-1", label, "We will build it", "A minister", false, List.of(),
				List.of(), "https://accords.example/statements/id-1", "https://accords.example/embed/statement/id-1",
				"CC BY 4.0", Map.of());
	}

	@Test
	void aCardIsRenderedOncePerVersionAndTheme() {
		when(this.facts.card("v1", PageType.STATEMENT, "id-1", false)).thenReturn(card("first words"));
		when(this.facts.card("v2", PageType.STATEMENT, "id-1", false)).thenReturn(card("later words"));
		byte[] light = this.cards.card("v1", PageType.STATEMENT, "id-1", "light", "https://accords.example", false);
		assertThat(this.cards.card("v1", PageType.STATEMENT, "id-1", "light", "https://accords.example", false))
			.isSameAs(light);
		assertThat(new String(light, StandardCharsets.UTF_8)).contains("We will build it");
		verify(this.facts, times(1)).card("v1", PageType.STATEMENT, "id-1", false);
		assertThat(this.cards.card("v1", PageType.STATEMENT, "id-1", "dark", "https://accords.example", false))
			.isNotEqualTo(light);
		assertThat(
				new String(this.cards.card("v2", PageType.STATEMENT, "id-1", "light", "https://accords.example", false),
						StandardCharsets.UTF_8))
			.contains("later words");
		verify(this.facts, times(1)).card("v2", PageType.STATEMENT, "id-1", false);
	}

	/**
	 * A card read by its version keeps it in its links: other bytes than the plain card
	 * of the same version, rendered and kept apart, never served for it.
	 */
	@Test
	void aCardReadByItsVersionIsKeptApartFromThePlainOne() {
		when(this.facts.card("v1", PageType.STATEMENT, "id-1", false)).thenReturn(card("plain"));
		when(this.facts.card("v1", PageType.STATEMENT, "id-1", true)).thenReturn(card("pinned"));
		assertThat(
				new String(this.cards.card("v1", PageType.STATEMENT, "id-1", "light", "https://accords.example", false),
						StandardCharsets.UTF_8))
			.contains("plain");
		assertThat(
				new String(this.cards.card("v1", PageType.STATEMENT, "id-1", "light", "https://accords.example", true),
						StandardCharsets.UTF_8))
			.contains("pinned");
		assertThat(new String(this.cards.page("v1", PageType.STATEMENT, "id-1", "https://accords.example", true),
				StandardCharsets.UTF_8))
			.contains("pinned");
		assertThat(new String(this.cards.page("v1", PageType.STATEMENT, "id-1", "https://accords.example", false),
				StandardCharsets.UTF_8))
			.contains("plain");
		verify(this.facts, times(2)).card("v1", PageType.STATEMENT, "id-1", true);
	}

	@Test
	void unknownIdsAreNotKept() {
		assertThat(this.cards.card("v1", PageType.STATEMENT, "nope", "light", "https://accords.example", false))
			.isNull();
		assertThat(this.cards.card("v1", PageType.STATEMENT, "nope", "light", "https://accords.example", false))
			.isNull();
		verify(this.facts, times(2)).card("v1", PageType.STATEMENT, "nope", false);
	}

}
