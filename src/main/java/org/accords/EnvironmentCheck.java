package org.accords;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

/**
 * Stops startup on an {@code ACCORDS_*} environment variable that names no setting, as an
 * unknown {@code accords.*} key in a file or on the command line does: a typo such as
 * {@code ACCORDS_HTTP_CORS_ALLOWED_ORIGIN} would otherwise be ignored silently (Spring
 * binds environment variables only where a setting exists, and reports none left over).
 */
@Component
class EnvironmentCheck {

	private static final String PREFIX = "ACCORDS_";

	EnvironmentCheck() {
		check(System.getenv().keySet());
	}

	/**
	 * Throws naming every variable of {@code names} that starts with {@code ACCORDS_} and
	 * binds to no setting of {@link AccordsProperties}.
	 */
	static void check(Collection<String> names) {
		List<Setting> settings = new ArrayList<>();
		settings(AccordsProperties.class, "ACCORDS", settings);
		List<String> unknown = new ArrayList<>();
		for (String name : new TreeSet<>(names)) {
			if (name.toUpperCase(Locale.ROOT).startsWith(PREFIX)
					&& settings.stream().noneMatch((setting) -> setting.matches(squash(name)))) {
				unknown.add(name);
			}
		}
		if (!unknown.isEmpty()) {
			throw new IllegalStateException("Unknown environment variable" + ((unknown.size() > 1) ? "s " : " ")
					+ String.join(", ", unknown) + ": no accords.* setting has that name (see the "
					+ "Configuration table in docs/configuration.md; ACCORDS_API_MAX_PAGE_SIZE sets accords.api.max-page-size)");
		}
	}

	/**
	 * An environment variable name as Spring compares it: upper case, without the
	 * underscores (which stand for dots or dashes).
	 */
	private static String squash(String name) {
		return name.toUpperCase(Locale.ROOT).replace("_", "");
	}

	/**
	 * One setting, squashed: a plain one, a list (elements may be indexed: {@code _0}),
	 * or a map entry ({@code <prefix><any key><suffix>}).
	 */
	private record Setting(String prefix, String suffix, boolean list, boolean map) {

		boolean matches(String squashed) {
			if (this.map) {
				return squashed.startsWith(this.prefix) && squashed.endsWith(this.suffix)
						&& squashed.length() > this.prefix.length() + this.suffix.length();
			}
			if (squashed.equals(this.prefix)) {
				return true;
			}
			return this.list && squashed.startsWith(this.prefix)
					&& squashed.substring(this.prefix.length()).chars().allMatch(Character::isDigit);
		}

	}

	private static void settings(Class<?> type, String prefix, List<Setting> into) {
		for (RecordComponent component : type.getRecordComponents()) {
			String name = prefix + component.getName().toUpperCase(Locale.ROOT);
			Class<?> valueType = component.getType();
			if (valueType.isRecord()) {
				settings(valueType, name, into);
			}
			else if (Map.class.isAssignableFrom(valueType)) {
				Type entry = ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[1];
				if (entry instanceof Class<?> entryType && entryType.isRecord()) {
					for (RecordComponent field : entryType.getRecordComponents()) {
						into.add(new Setting(name, field.getName().toUpperCase(Locale.ROOT), false, true));
					}
				}
				else {
					into.add(new Setting(name, "", false, true));
				}
			}
			else {
				into.add(new Setting(name, "", Collection.class.isAssignableFrom(valueType), false));
			}
		}
	}

}
