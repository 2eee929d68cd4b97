package org.accords.area;

/**
 * The broad field a cooperation area belongs to. The one list of categories: the
 * validator reads it, the downloads' column descriptions are built from it, and a test
 * holds the GraphQL enum {@code AreaCategory} and the CSV column lists of
 * docs/downloads.md equal to it.
 */
public enum AreaCategory {

	UNMANNED_SYSTEMS, ELECTRONIC_WARFARE, AMMUNITION_AND_EXPLOSIVES, MISSILES, RESEARCH_AND_DEVELOPMENT, PROCUREMENT,
	INDUSTRIAL_PRODUCTION, FINANCING, ARTILLERY, AIR_AND_MISSILE_DEFENCE, ARMOURED_VEHICLES, ANTI_TANK_WEAPONS,
	DEMINING, TRAINING, CYBER_AND_COMMUNICATIONS, MAINTENANCE_AND_REPAIR, OTHER

}
