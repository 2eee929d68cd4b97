package org.accords.area;

/** The broad field a cooperation area belongs to. */
public enum AreaCategory {

	UNMANNED_SYSTEMS, ELECTRONIC_WARFARE, AMMUNITION_AND_EXPLOSIVES, MISSILES, RESEARCH_AND_DEVELOPMENT, PROCUREMENT,
	INDUSTRIAL_PRODUCTION, OTHER

}
