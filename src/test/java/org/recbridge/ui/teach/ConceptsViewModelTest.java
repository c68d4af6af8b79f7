package org.recbridge.ui.teach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.XYPlot;
import org.junit.jupiter.api.Test;
import org.recbridge.lesson.Concept;
import org.recbridge.ui.common.SynchronousJobService;

/** Help ▸ Concepts: a card's picture is drawn once, in a job, kept for the next showing; a failure is said. */
class ConceptsViewModelTest {
    private final SynchronousJobService jobs = new SynchronousJobService();
    private final List<Concept> drawn = new ArrayList<>();

    @Test
    void aPictureIsDrawnOnceInAJobAndKept() {
        ConceptsViewModel vm = new ConceptsViewModel(jobs, (card, progress, cancel) -> {
            drawn.add(card.concept());
            return new JFreeChart(new XYPlot());
        });
        vm.select(Concept.OVERFITTING);
        assertEquals("Overfitting", vm.card().get().title());
        JFreeChart first = vm.picture().get();
        assertTrue(first != null && vm.status().get().isEmpty() && !vm.busy().get());
        assertEquals(List.of("Picture of Overfitting"), jobs.titles);
        vm.select(Concept.COLD_START);
        vm.select(Concept.OVERFITTING);
        assertSame(first, vm.picture().get(), "kept, not drawn again");
        assertEquals(List.of(Concept.OVERFITTING, Concept.COLD_START), drawn);
    }

    @Test
    void aCardShowsItsTextWhileItsPictureIsDrawnAndSaysWhyThereIsNone() {
        ConceptsViewModel vm = new ConceptsViewModel(jobs, (card, progress, cancel) -> {
            throw new IllegalArgumentException("the lesson negative-transfer is not among the sample projects");
        });
        vm.select(Concept.NEGATIVE_TRANSFER);
        assertEquals("Negative transfer", vm.card().get().title());
        assertNull(vm.picture().get());
        assertEquals("No picture: the lesson negative-transfer is not among the sample projects", vm.status().get());
        assertTrue(!vm.busy().get());
    }

    @Test
    void aDrawingReplacedByAnotherCardLeavesTheNewCardAlone() {
        ConceptsViewModel[] vm = new ConceptsViewModel[1];
        vm[0] = new ConceptsViewModel(jobs, (card, progress, cancel) -> {
            if (card.concept() == Concept.COLD_START) {
                // the user picks another card while this one is drawn: its result must not show there
                vm[0].cancel();
            }
            return new JFreeChart(new XYPlot());
        });
        vm[0].select(Concept.COLD_START);
        assertNull(vm[0].picture().get(), "a cancelled drawing shows nothing");
        vm[0].select(Concept.OVERFITTING);
        assertTrue(vm[0].picture().get() != null);
        vm[0].select(Concept.COLD_START);
        assertTrue(vm[0].picture().get() != null, "the cancelled one's result was still kept");
    }
}
