package org.recbridge.transfer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StrategySettingsTest {
    private static SettingException refused(String id, Map<String, ?> settings) {
        return assertThrows(SettingException.class, () -> Strategies.create(id, settings));
    }

    @Test
    void withoutSettingsTheRegisteredStrategyKeepsItsId() {
        assertSame(Strategies.byId("fine-tune"), Strategies.create("fine-tune", Map.of()));
        assertEquals("joint", Strategies.create("joint", Map.of("sourceWeight", 1)).label());
    }

    @Test
    void settingsThatDifferFromTheDefaultsLabelTheStrategyInDeclaredOrder() {
        assertEquals("fine-tune(targetEpochs=5, targetLearningRate=0.02)", Strategies.create("fine-tune",
                Map.of("targetLearningRate", 0.02, "targetEpochs", 5)).label());
        assertEquals("tradaboost(rounds=3)", Strategies.create("tradaboost", Map.of("rounds", 3)).label());
        assertEquals("ensemble(members=pooled+fine-tune)", Strategies.create("ensemble",
                Map.of("members", List.of("pooled", "fine-tune"))).label());
        assertEquals("fine-tune", Strategies.create("fine-tune", Map.of("targetEpochs", 5)).id());
        assertEquals(0.5, ((Joint) ((ConfiguredStrategy) Strategies.create("joint", Map.of("sourceWeight", 0.5)))
                .strategy()).sourceWeight());
    }

    @Test
    void aLabelReadsBackAsTheStrategyItLabels() {
        for (String label : List.of("pooled", "fine-tune(targetEpochs=5, targetLearningRate=0.02)",
                "tradaboost(rounds=3)", "ensemble(members=pooled+fine-tune)", "joint(sourceWeight=0.5)")) {
            assertEquals(label, Strategies.fromLabel(label).label());
        }
        // spacing and default values as a user may type them; settings at their defaults leave the plain id
        assertEquals("fine-tune(targetEpochs=5)", Strategies.fromLabel(" fine-tune( targetEpochs = 5 ) ").label());
        assertSame(Strategies.byId("pooled"), Strategies.fromLabel("pooled()"));
        assertEquals("joint", Strategies.fromLabel("joint(sourceWeight=1)").label());
        SettingException e = assertThrows(SettingException.class, () -> Strategies.fromLabel("tradaboost(rounds=2.5)"));
        assertEquals("rounds", e.setting());
        assertTrue(e.problem().startsWith("expected an integer"), e.problem());
        assertEquals("id", assertThrows(SettingException.class, () -> Strategies.fromLabel("nope(x=1)")).setting());
    }

    @Test
    void everyStrategyDeclaresWhatTheIssueAsksFor() {
        assertEquals(List.of("targetEpochs", "targetLearningRate"), names("fine-tune"));
        assertEquals(List.of("targetEpochs", "targetLearningRate", "lambda"), names("regularized-transfer"));
        assertEquals(List.of("sourceWeight"), names("joint"));
        assertEquals(List.of("minWeight", "maxWeight"), names("instance-weighting"));
        assertEquals(List.of("rounds"), names("tradaboost"));
        assertEquals(List.of("lambda", "hidden"), names("emcdr"));
        assertEquals(List.of("members"), names("ensemble"));
        assertNull(Strategies.byId("fine-tune").settings().get(0).defaultValue()); // the learner's
    }

    private static List<String> names(String id) {
        return Strategies.byId(id).settings().stream().map(Setting::name).toList();
    }

    @Test
    void anUnknownSettingIsNamedWithTheKnownOnes() {
        SettingException e = refused("fine-tune", Map.of("epochs", 5));
        assertEquals("epochs", e.setting());
        assertTrue(e.problem().contains("unknown setting"), e.problem());
        assertTrue(e.problem().contains("targetEpochs (an integer 0 or more, default the learner's epochs)"), e.problem());
        assertTrue(refused("pooled", Map.of("x", 1)).problem().contains("pooled has no settings"));
    }

    @Test
    void wrongTypesAndRangesSayWhatIsExpected() {
        SettingException type = refused("fine-tune", Map.of("targetEpochs", "five"));
        assertEquals("targetEpochs", type.setting());
        assertTrue(type.problem().startsWith("expected an integer 0 or more, got \"five\""), type.problem());
        assertTrue(refused("fine-tune", Map.of("targetEpochs", 2.5)).problem().contains("got 2.5"));
        SettingException range = refused("tradaboost", Map.of("rounds", 0));
        assertTrue(range.problem().startsWith("expected an integer from 1 to 100, got 0"), range.problem());
        assertTrue(refused("joint", Map.of("sourceWeight", 0)).problem().startsWith("expected a number above 0"));
        assertTrue(refused("regularized-transfer", Map.of("lambda", -1)).problem().startsWith("expected a number 0 or more"));
    }

    @Test
    void ensembleMembersMustBeOtherRegisteredStrategies() {
        SettingException missing = refused("ensemble", Map.of("members", List.of("pooled", "magic")));
        assertEquals("members", missing.setting());
        assertTrue(missing.problem().startsWith("unknown strategy \"magic\""), missing.problem());
        assertTrue(refused("ensemble", Map.of("members", List.of("ensemble"))).problem().contains("cannot contain itself"));
        assertTrue(refused("ensemble", Map.of("members", List.of())).problem().contains("at least one"));
    }

    @Test
    void combinationsAreCheckedByTheStrategy() {
        SettingException e = refused("instance-weighting", Map.of("minWeight", 5, "maxWeight", 2));
        assertNull(e.setting());
        assertTrue(e.problem().contains("instance-weighting settings: minWeight"), e.problem());
        assertEquals("id", refused("magic", Map.of()).setting());
    }
}
