package org.accords.statement;

import org.accords.AccordsTest;

/**
 * The dataset API against the embedded store.
 */
@AccordsTest
class DatasetApiTests extends DatasetApiContract {

}
