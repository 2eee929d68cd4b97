package org.accords.paging;

/**
 * What a feature knows of a value given where the id of one of its types goes (a
 * category's name where an area's id goes): said after the refusal's message, so that it
 * names the query that gives the id. Registered as beans; the GraphQL error resolver asks
 * each.
 */
public interface IdHint {

	/**
	 * The hint for {@code value} where an id of {@code type} goes, starting with
	 * {@code "; "}; empty when this feature knows nothing of it.
	 */
	String hint(String value, String type);

}
