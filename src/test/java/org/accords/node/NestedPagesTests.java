package org.accords.node;

import org.accords.GeneratedCorpusTest;

/** Nested pages read as pages, against the embedded store (its query tables). */
@GeneratedCorpusTest
class NestedPagesTests extends NestedPagesContract {

}
