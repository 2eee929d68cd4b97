package org.accords.event;

/** What kind of gathering an event is. */
public enum EventKind {

	MEETING, VISIT, PRESS_CONFERENCE, SIGNING_CEREMONY, SUMMIT, CONFERENCE, OTHER

}
