package org.recbridge.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recbridge.data.Domain;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.Interactions;

class DomainStatsTest {
    @Test
    void countsLabelBalanceAndHistogramOfAHandMadeDomain() {
        Interactions in = new Interactions(DuplicatePolicy.KEEP_LAST);
        in.add("a", "i1", 5, Interactions.NO_TIME);
        in.add("a", "i2", 4, Interactions.NO_TIME);
        in.add("a", "i3", 1, Interactions.NO_TIME);
        in.add("b", "i1", 3, Interactions.NO_TIME);
        in.add("b", "i2", 4, Interactions.NO_TIME);
        in.add("c", "i3", Double.NaN, Interactions.NO_TIME);
        DomainStats s = DomainStats.of(new Domain("hand", in, null, null), 4.0);
        assertEquals(6, s.rows());
        assertEquals(3, s.users());
        assertEquals(3, s.items());
        assertEquals(6 / 9.0, s.density(), 1e-12);
        assertEquals(5, s.ratedRows());
        assertEquals(3 / 5.0, s.likeRate(), 1e-12); // 5, 4, 4 of 5, 4, 1, 3, 4
        assertEquals(Map.of(1.0, 1, 3.0, 1, 4.0, 2, 5.0, 1), s.ratingHistogram());
        assertEquals(2.0, s.meanPerUser(), 1e-12);
        assertEquals(2.0, s.medianPerUser(), 1e-12); // 3, 2, 1
    }

    @Test
    void withoutRatingsThereIsNoLikeRate() {
        Interactions in = new Interactions(DuplicatePolicy.KEEP_LAST);
        in.add("a", "i1", Double.NaN, Interactions.NO_TIME);
        in.add("b", "i1", Double.NaN, Interactions.NO_TIME);
        DomainStats s = DomainStats.of(new Domain("clicks", in, null, null), 4.0);
        assertNull(s.likeRate());
        assertEquals(Map.of(), s.ratingHistogram());
        assertEquals(1.0, s.medianPerUser(), 1e-12);
    }
}
