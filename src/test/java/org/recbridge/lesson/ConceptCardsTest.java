package org.recbridge.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in concept cards: one per concept in the concepts' order, each naming a shipped lesson with generated
 * data; a malformed card is refused naming the card and its field.
 */
class ConceptCardsTest {
    @Test
    void oneCardPerConceptInOrderEachFromAShippedLesson() {
        List<ConceptCard> cards = ConceptCards.all();
        assertEquals(Arrays.asList(Concept.values()), cards.stream().map(ConceptCard::concept).toList());
        assertEquals("Source and target", ConceptCards.of(Concept.SOURCE_AND_TARGET).title());
        assertTrue(ConceptCards.of(Concept.SOURCE_AND_TARGET).text().startsWith("The source is the domain"));
        assertEquals(ConceptCard.Chart.LEARNING_CURVE, ConceptCards.of(Concept.TARGET_BUDGET).picture().chart());
        LessonCatalogue lessons = LessonCatalogue.of(Path.of("sample-projects"));
        for (ConceptCard c : cards) {
            Lesson l = lessons.find(c.picture().lesson()).orElseThrow(() -> new AssertionError(c.concept().id()
                    + " names no shipped lesson: " + c.picture().lesson()));
            assertTrue(l.generate() != null, c.concept().id() + ": " + l.id() + " has generated data");
        }
    }

    @Test
    void aMalformedCardIsNamedWithItsField() throws Exception {
        ObjectMapper json = new ObjectMapper();
        IllegalStateException unknown = assertThrows(IllegalStateException.class, () -> ConceptCards.parse(json
                .readTree("[{\"concept\": \"cold-start\", \"title\": \"t\", \"text\": \"x\", \"picture\": "
                        + "{\"lesson\": \"l\", \"chart\": \"pie\", \"caption\": \"c\"}}]")));
        assertTrue(unknown.getMessage().startsWith("concepts.json, card cold-start: chart \"pie\" is not one of "
                + "domains, correlations, comparison"), unknown.getMessage());
        IllegalStateException noStrategies = assertThrows(IllegalStateException.class, () -> ConceptCards.parse(json
                .readTree("[{\"concept\": \"cold-start\", \"title\": \"t\", \"text\": \"x\", \"picture\": "
                        + "{\"lesson\": \"l\", \"chart\": \"comparison\", \"caption\": \"c\"}}]")));
        assertEquals("concepts.json, card cold-start: a comparison picture needs strategies",
                noStrategies.getMessage());
        IllegalStateException missing = assertThrows(IllegalStateException.class, () -> ConceptCards.parse(json
                .readTree("[{\"concept\": \"cold-start\", \"text\": \"x\"}]")));
        assertEquals("concepts.json, card cold-start: title is missing", missing.getMessage());
        IllegalStateException incomplete = assertThrows(IllegalStateException.class, () -> ConceptCards.parse(json
                .readTree("[{\"concept\": \"cold-start\", \"title\": \"t\", \"text\": \"x\", \"picture\": "
                        + "{\"lesson\": \"l\", \"chart\": \"domains\", \"caption\": \"c\"}}]")));
        assertEquals("concepts.json: no card for transfer-learning", incomplete.getMessage());
    }
}
