package org.recbridge.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.recbridge.data.Domain;
import org.recbridge.data.DuplicatePolicy;
import org.recbridge.data.Interactions;
import org.recbridge.data.Linking;

/**
 * The A-distance's comparable features follow the project's linking: an item id both catalogues use is
 * comparable only when the domains share a catalogue, a user id only when users are linked.
 */
class ComparableFeaturesLinkingTest {
    private static Domain domain(String name) {
        Interactions in = new Interactions(DuplicatePolicy.KEEP_LAST);
        in.add("u1", "38", 5, Interactions.NO_TIME);
        in.add("u2", "39", 1, Interactions.NO_TIME);
        return new Domain(name, in, null, null);
    }

    private static ComparableFeatures comparable(Linking linking) {
        Domain source = linking.apply(List.of(domain("music"))).get(0);
        Domain target = domain("books");
        return new ComparableFeatures(source, target);
    }

    @Test
    void collidingItemIdsAreComparableOnlyInASharedCatalogue() {
        assertFalse(comparable(Linking.DEFAULT).test("item=38"));
        assertTrue(comparable(Linking.DEFAULT).test("user=u1"));
        assertTrue(comparable(new Linking(Linking.Users.BY_ID, Linking.Items.SHARED)).test("item=38"));
        assertFalse(comparable(new Linking(Linking.Users.NONE, Linking.Items.SHARED)).test("user=u1"));
    }
}
