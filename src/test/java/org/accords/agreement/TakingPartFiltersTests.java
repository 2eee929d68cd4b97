package org.accords.agreement;

import org.accords.GeneratedCorpusTest;

/** The agreements filter on a day against the embedded store. */
@GeneratedCorpusTest
class TakingPartFiltersTests extends TakingPartFiltersContract {

}
