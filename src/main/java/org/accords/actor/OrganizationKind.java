package org.accords.actor;

/** What kind of body an organization is. */
public enum OrganizationKind {

	MINISTRY, GOVERNMENT, AGENCY, ARMED_FORCES, COMPANY, NEWS_AGENCY, INTERNATIONAL_ORGANIZATION, OTHER

}
