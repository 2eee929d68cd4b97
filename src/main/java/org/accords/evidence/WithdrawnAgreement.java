package org.accords.evidence;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What the reports of an agreement a correction withdrew whole said of it, beyond its
 * title, so that a reader can tell which agreement it was: kept on the correction's
 * record of it ({@link WithdrawnFact#agreement()}), as the reports gave it. Every value
 * is null (or a list empty) when the reports did not give it.
 *
 * @param kind its legal form, as an {@code AgreementKind} name
 * @param signedOn signing date, ISO-8601
 * @param signedOnPrecision how much of {@code signedOn} the reports give
 * @param signedIn place of signing
 * @param partyIds node ids of the countries reported as its parties
 * @param parties their names, in the same order, as the version names them
 * @param status the stage of its latest reported lifecycle event (SIGNED when only a
 * signing date is reported), as a {@code LifecycleStage} name
 */
public record WithdrawnAgreement(@Nullable String kind, @Nullable String signedOn,
		@Nullable DatePrecision signedOnPrecision, @Nullable String signedIn, List<String> partyIds,
		List<String> parties, @Nullable String status) {

	/** A record stored without parties reads as having none. */
	public WithdrawnAgreement {
		partyIds = (partyIds != null) ? partyIds : List.of();
		parties = (parties != null) ? parties : List.of();
	}

	/**
	 * Its values as the downloads and the 410 page's JSON give them, in this order: kind,
	 * signedOn, signedOnPrecision, signedIn (each left out when not reported), partyIds,
	 * parties, status (left out when not known).
	 */
	public Map<String, Object> json() {
		Map<String, Object> json = new LinkedHashMap<>();
		putKnown(json, "kind", this.kind);
		putKnown(json, "signedOn", this.signedOn);
		putKnown(json, "signedOnPrecision", (this.signedOnPrecision != null) ? this.signedOnPrecision.name() : null);
		putKnown(json, "signedIn", this.signedIn);
		json.put("partyIds", this.partyIds);
		json.put("parties", this.parties);
		putKnown(json, "status", this.status);
		return json;
	}

	private static void putKnown(Map<String, Object> map, String key, @Nullable String value) {
		if (value != null) {
			map.put(key, value);
		}
	}

}
