package org.recbridge.lesson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.recbridge.util.JsonFiles;

/**
 * The cards of Help ▸ Concepts, one per {@link Concept}, read from {@code concepts.json} beside this class: the
 * texts are data, so a teacher's correction touches no code.
 */
public final class ConceptCards {
    private static final ObjectMapper JSON = JsonFiles.strict(new ObjectMapper());
    private static final Map<Concept, ConceptCard> CARDS = read();

    private ConceptCards() {
    }

    /** The card of {@code concept}. */
    public static ConceptCard of(Concept concept) {
        return CARDS.get(concept);
    }

    /** Every card, in the order of {@link Concept}. */
    public static List<ConceptCard> all() {
        return List.copyOf(CARDS.values());
    }

    private static Map<Concept, ConceptCard> read() {
        try (InputStream in = ConceptCards.class.getResourceAsStream("concepts.json")) {
            if (in == null) {
                throw new IllegalStateException("concepts.json is missing from the application");
            }
            return parse(JSON.readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("concepts.json cannot be read: " + e.getMessage(), e);
        }
    }

    /** A malformed built-in card is a defect of the build: it fails at once, naming the card and the field. */
    static Map<Concept, ConceptCard> parse(JsonNode root) {
        Map<Concept, ConceptCard> cards = new EnumMap<>(Concept.class);
        for (JsonNode n : root) {
            Concept c = term(n, "concept", Concept.class, "concepts.json");
            String at = "concepts.json, card " + c.id();
            String title = text(n, "title", at);
            String body = text(n, "text", at);
            JsonNode p = n.path("picture");
            List<String> strategies = new ArrayList<>();
            p.path("strategies").forEach(s -> strategies.add(s.asText()));
            ConceptCard.Picture picture = new ConceptCard.Picture(text(p, "lesson", at), term(p, "chart",
                    ConceptCard.Chart.class, at), strategies, text(p, "caption", at));
            if (picture.trains() == strategies.isEmpty()) {
                throw new IllegalStateException(at + ": a " + picture.chart().id() + " picture "
                        + (picture.trains() ? "needs strategies" : "takes no strategies"));
            }
            if (cards.put(c, new ConceptCard(c, title, body, picture)) != null) {
                throw new IllegalStateException(at + ": a second card for the concept");
            }
        }
        for (Concept c : Concept.values()) {
            if (!cards.containsKey(c)) {
                throw new IllegalStateException("concepts.json: no card for " + c.id());
            }
        }
        return cards;
    }

    private static String text(JsonNode n, String field, String at) {
        if (!n.path(field).isTextual() || n.path(field).asText().isBlank()) {
            throw new IllegalStateException(at + ": " + field + " is missing");
        }
        return n.path(field).asText();
    }

    private static <E extends Enum<E> & LessonTerm> E term(JsonNode n, String field, Class<E> type, String at) {
        E e = LessonTerm.fromId(type, text(n, field, at));
        if (e == null) {
            throw new IllegalStateException(at + ": " + field + " \"" + n.path(field).asText() + "\" is not one of "
                    + LessonTerm.ids(type));
        }
        return e;
    }
}
