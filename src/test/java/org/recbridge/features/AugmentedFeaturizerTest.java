package org.recbridge.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.recbridge.task.Row;

class AugmentedFeaturizerTest {
    private static final Featurizer BASE = (row, sink) -> {
        sink.flag("user=" + row.user());
        sink.flag("item=" + row.item());
        sink.add("u.age", -0.5);
    };
    private static final Row ROW = new Row("u1", "m1", 1.0, 5.0, 0.25);

    @Test
    void everyFeatureGetsASharedAndADomainCopyWithItsValue() {
        EncodedRow r = new AugmentedFeaturizer(BASE, "source").encode(ROW);
        assertArrayEquals(new String[] {"shared:user=u1", "source:user=u1", "shared:item=m1", "source:item=m1",
                "shared:u.age", "source:u.age"}, r.names());
        assertArrayEquals(new double[] {1, 1, 1, 1, -0.5, -0.5}, r.values());
        assertEquals(1.0, r.label());
        assertEquals(0.25, r.weight());
    }

    @Test
    void targetCopiesShareOnlyTheSharedNamesWithTheSource() {
        EncodedRow r = new AugmentedFeaturizer(BASE, "target").encode(ROW);
        assertArrayEquals(new String[] {"shared:user=u1", "target:user=u1", "shared:item=m1", "target:item=m1",
                "shared:u.age", "target:u.age"}, r.names());
        assertEquals(2 * BASE.encode(ROW).names().length, r.names().length);
    }

    @Test
    void rejectsATagThatWouldCollideWithTheSharedCopy() {
        assertThrows(IllegalArgumentException.class, () -> new AugmentedFeaturizer(BASE, "shared"));
        assertThrows(IllegalArgumentException.class, () -> new AugmentedFeaturizer(BASE, "a:b"));
    }
}
