package org.recbridge.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** task.redrawNegatives: the implicit task's training negatives drawn afresh each epoch, reproducibly by seed. */
class RedrawnNegativesTest {
    private static final TaskSettings REDRAW = new TaskSettings(TaskKind.IMPLICIT, 4, 3, true);

    private static List<Row> negatives(List<Row> rows) {
        return rows.stream().filter(r -> !r.positive()).toList();
    }

    @Test
    void eachEpochDrawsOtherNegativesForTheSamePositives() {
        TargetSplit s = SplitterTest.split(ProtocolSettings.defaults(), REDRAW, 1);
        RedrawnNegatives train = (RedrawnNegatives) s.train();
        List<Row> first = train.forEpoch(1);
        List<Row> second = train.forEpoch(2);
        assertEquals(first, List.copyOf(train), "as a list, the rows are the first epoch's");
        assertEquals(first.stream().filter(Row::positive).toList(), second.stream().filter(Row::positive).toList());
        assertEquals(3 * 720, negatives(first).size());
        assertEquals(3 * 720, negatives(second).size());
        long same = 0;
        for (int i = 0; i < first.size(); i++) {
            same += first.get(i).equals(second.get(i)) ? 1 : 0;
        }
        // 720 positives stay; of 2,160 negatives, each drawn from about 50 unseen items, few repeat by chance
        assertTrue(same >= 720 && same < 720 + 200, same + " rows alike");
        for (Row r : negatives(second)) {
            assertFalse(s.observed().get(r.user()).contains(r.item()), "a negative the user has seen");
        }
    }

    @Test
    void theDrawsAreTheSameForTheSameSeedAndDifferForAnother() {
        RedrawnNegatives a = (RedrawnNegatives) SplitterTest.split(ProtocolSettings.defaults(), REDRAW, 1).train();
        RedrawnNegatives b = (RedrawnNegatives) SplitterTest.split(ProtocolSettings.defaults(), REDRAW, 1).train();
        RedrawnNegatives c = (RedrawnNegatives) SplitterTest.split(ProtocolSettings.defaults(), REDRAW, 2).train();
        for (int epoch = 1; epoch <= 3; epoch++) {
            assertEquals(a.forEpoch(epoch), b.forEpoch(epoch), "epoch " + epoch);
        }
        assertNotEquals(negatives(a.forEpoch(3)), negatives(c.forEpoch(3)));
    }

    @Test
    void redrawnByDefaultDrawnOnceWhenAskedAndOnlyForTheImplicitTask() {
        assertTrue(new TaskSettings(TaskKind.IMPLICIT, 4, 3).redraw(), "the field's way, the default since it "
                + "changes no known answer");
        TargetSplit once = SplitterTest.split(ProtocolSettings.defaults(), new TaskSettings(TaskKind.IMPLICIT, 4, 3,
                false), 1);
        assertFalse(once.train() instanceof RedrawnNegatives);
        assertEquals(RedrawnNegatives.forEpoch(once.train(), 1), RedrawnNegatives.forEpoch(once.train(), 2));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TaskSettings(TaskKind.CLASSIFICATION, 4, 3, true));
        assertEquals("task.redrawNegatives applies to the implicit task only (its sampled negatives), not to "
                + "classification", e.getMessage());
    }
}
