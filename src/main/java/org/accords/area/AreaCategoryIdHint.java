package org.accords.area;

import java.util.List;
import java.util.Locale;

import org.accords.http.Echo;
import org.accords.paging.IdHint;

import org.springframework.stereotype.Component;

/**
 * A category's name where an area's id goes ({@code filter: { area: "UNMANNED_SYSTEMS"
 * }}): which query lists the category's areas, whose ids the filter takes.
 */
@Component
class AreaCategoryIdHint implements IdHint {

	@Override
	public Hint hint(Asked asked) {
		if (!asked.types().equals(List.of("CooperationArea"))) {
			return Hint.NONE;
		}
		String value = asked.value();
		String name = value.strip().toUpperCase(Locale.ROOT);
		for (AreaCategory category : AreaCategory.values()) {
			if (category.name().equals(name)) {
				return new Hint(List.of(),
						"; " + Echo.quoted(value) + " is an AreaCategory: cooperationAreas(filter: { category: " + name
								+ " }) lists its areas, whose ids this filter takes");
			}
		}
		return Hint.NONE;
	}

}
