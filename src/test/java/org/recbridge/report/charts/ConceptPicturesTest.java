package org.recbridge.report.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.data.general.DatasetUtils;
import org.junit.jupiter.api.Test;
import org.recbridge.lesson.ConceptCard;
import org.recbridge.lesson.ConceptCards;
import org.recbridge.lesson.Lesson;
import org.recbridge.lesson.LessonCatalogue;
import org.recbridge.util.CancelToken;
import org.recbridge.util.CancelledException;
import org.recbridge.util.ProgressListener;

/**
 * Every concept card's picture is drawn from its lesson: a chart of the card's kind with data in it, the strategies
 * the card names among its series; and a cancelled drawing stops.
 */
class ConceptPicturesTest {
    private static final LessonCatalogue LESSONS = LessonCatalogue.of(Path.of("sample-projects"));

    @Test
    void everyCardDrawsItsPictureFromItsLesson() throws Exception {
        for (ConceptCard card : ConceptCards.all()) {
            Lesson lesson = LESSONS.find(card.picture().lesson()).orElseThrow(() ->
                    new AssertionError(card.concept().id() + ": no lesson " + card.picture().lesson()));
            long start = System.nanoTime();
            JFreeChart chart = ConceptPictures.draw(card, lesson, ProgressListener.none(), new CancelToken());
            System.out.printf("%s picture (%s of %s): %.1f s%n", card.concept().id(), card.picture().chart().id(),
                    lesson.id(), (System.nanoTime() - start) / 1e9);
            assertNotNull(chart, card.concept().id());
            assertTrue(hasValues(chart), card.concept().id() + " has data");
            String legend = legend(chart);
            for (String s : card.picture().strategies()) {
                if (card.picture().chart() != ConceptCard.Chart.DIFFERENCES || !s.equals(card.picture().strategies()
                        .get(0))) { // the differences are from the baseline: it has no row of its own
                    assertTrue(legend.contains(s), card.concept().id() + " shows " + s + ": " + legend);
                }
            }
        }
    }

    @Test
    void aCancelledPictureStops() {
        ConceptCard card = ConceptCards.of(org.recbridge.lesson.Concept.TRANSFER_LEARNING);
        Lesson lesson = LESSONS.find(card.picture().lesson()).orElseThrow();
        CancelToken cancel = new CancelToken();
        cancel.cancel();
        assertThrows(CancelledException.class, () -> ConceptPictures.draw(card, lesson, ProgressListener.none(),
                cancel));
    }

    @Test
    void aLessonWithoutTheCardsStrategyIsNamed() {
        ConceptCard card = ConceptCards.of(org.recbridge.lesson.Concept.JOINT_TRAINING);
        ConceptCard wrong = new ConceptCard(card.concept(), card.title(), card.text(), new ConceptCard.Picture(
                "fine-tuning", ConceptCard.Chart.COMPARISON, List.of("target-only", "joint"), "x"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ConceptPictures.draw(wrong,
                LESSONS.find("fine-tuning").orElseThrow(), ProgressListener.none(), new CancelToken()));
        assertEquals("fine-tuning's project has no strategy joint", e.getMessage());
        assertFalse(LESSONS.lessons().isEmpty());
    }

    /** The series and category names the chart shows, whatever its plot. */
    private static String legend(JFreeChart chart) {
        StringBuilder out = new StringBuilder();
        if (chart.getPlot() instanceof CategoryPlot c) {
            for (int i = 0; i < c.getDatasetCount(); i++) {
                if (c.getDataset(i) != null) {
                    out.append(c.getDataset(i).getRowKeys()).append(c.getDataset(i).getColumnKeys());
                }
            }
        } else if (chart.getPlot() instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDatasetCount(); i++) {
                for (int s = 0; xy.getDataset(i) != null && s < xy.getDataset(i).getSeriesCount(); s++) {
                    out.append(xy.getDataset(i).getSeriesKey(s)).append(' ');
                }
            }
        }
        return out.toString();
    }

    private static boolean hasValues(JFreeChart chart) {
        if (chart.getPlot() instanceof XYPlot xy) {
            for (int i = 0; i < xy.getDatasetCount(); i++) {
                if (xy.getDataset(i) != null && !DatasetUtils.isEmptyOrNull(xy.getDataset(i))) {
                    return true;
                }
            }
            return false;
        }
        return !DatasetUtils.isEmptyOrNull(((CategoryPlot) chart.getPlot()).getDataset());
    }
}
