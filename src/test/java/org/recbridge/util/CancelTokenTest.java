package org.recbridge.util;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A child token stops with its parent, but cancelling the child leaves the parent running. */
class CancelTokenTest {
    @Test
    void aChildIsCancelledWithItsParentButNotTheOtherWayRound() {
        CancelToken parent = new CancelToken();
        CancelToken child = parent.child();
        child.cancel();
        assertTrue(child.isCancelled());
        assertFalse(parent.isCancelled());
        parent.check();

        CancelToken other = parent.child();
        assertFalse(other.isCancelled());
        parent.cancel();
        assertTrue(other.isCancelled());
        assertThrows(CancelledException.class, other::check);
    }
}
