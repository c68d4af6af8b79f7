package org.recbridge.lesson;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A step's action: its type and the one field that type needs (the others are null): {@code tab} for
 * {@code open-tab}, {@code field} and {@code value} for {@code set}, {@code view} for {@code open-analysis},
 * {@code concept} for {@code concept}.
 */
public record LessonAction(ActionType type, LessonTab tab, String field, JsonNode value, AnalysisView view,
                           Concept concept) {
    public static LessonAction of(ActionType type) {
        return new LessonAction(type, null, null, null, null, null);
    }

    public static LessonAction openTab(LessonTab tab) {
        return new LessonAction(ActionType.OPEN_TAB, tab, null, null, null, null);
    }

    public static LessonAction set(String field, JsonNode value) {
        return new LessonAction(ActionType.SET, null, field, value, null, null);
    }

    public static LessonAction openAnalysis(AnalysisView view) {
        return new LessonAction(ActionType.OPEN_ANALYSIS, null, null, null, view, null);
    }

    public static LessonAction concept(Concept concept) {
        return new LessonAction(ActionType.CONCEPT, null, null, null, null, concept);
    }
}
