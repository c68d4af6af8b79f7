package org.recbridge.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectFieldsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    @Test
    void setsAFieldByItsValidatorPathOnACopy() throws Exception {
        ProjectFile p = new ProjectFile();
        ProjectFile l2 = ProjectFields.set(p, "learners[0].l2", json("0.01"));
        assertEquals(0.01, l2.learners.get(0).l2);
        assertNull(p.learners.get(0).l2, "the original is unchanged");
        ProjectFile topK = ProjectFields.set(p, "features.topK", json("3"));
        assertEquals(3, topK.features.topK);
        ProjectFile budget = ProjectFields.set(p, "protocol.targetBudget", json("0.25"));
        assertEquals(0.25, budget.protocol.targetBudget);
        ProjectFile strategies = ProjectFields.set(p, "strategies", json("[\"target-only\", {\"id\": \"joint\", "
                + "\"sourceWeight\": 0.5}]"));
        assertEquals(List.of("target-only", "joint"), strategies.strategies.stream().map(StrategySpec::id).toList());
        assertEquals(0.5, ((Number) strategies.strategies.get(1).settings().get("sourceWeight")).doubleValue());
        ProjectFile added = ProjectFields.set(p, "learners[1]", json("{\"type\": \"fm\"}"));
        assertEquals("fm", added.learners.get(1).type);
        ProjectFile budgets = ProjectFields.set(p, "analysis.budgets", json("[0.1, 1.0]"));
        assertEquals(List.of(0.1, 1.0), budgets.analysis.budgets);
    }

    @Test
    void refusesAPathThatNamesNoFieldAndAValueOfTheWrongKind() {
        ProjectFile p = new ProjectFile();
        assertEquals("learners[0].l3: no such project field (\"l3\")", assertThrows(IllegalArgumentException.class,
                () -> ProjectFields.set(p, "learners[0].l3", json("1"))).getMessage());
        assertEquals("learners[2].l2: no entry 2 (the list has 1)", assertThrows(IllegalArgumentException.class,
                () -> ProjectFields.set(p, "learners[2].l2", json("1"))).getMessage());
        assertEquals("protocol.targetBudget: expected a number, got \"all\"", assertThrows(
                IllegalArgumentException.class, () -> ProjectFields.set(p, "protocol.targetBudget", json("\"all\"")))
                .getMessage());
        assertEquals("learners..l2: not a field path (expected names joined by '.', each with optional [index], e.g. "
                + "learners[0].l2)", assertThrows(IllegalArgumentException.class,
                () -> ProjectFields.set(p, "learners..l2", json("1"))).getMessage());
    }
}
