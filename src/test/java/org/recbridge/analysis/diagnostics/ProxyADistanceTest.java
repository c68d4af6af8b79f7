package org.recbridge.analysis.diagnostics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recbridge.data.Domain;
import org.recbridge.synth.SyntheticGenerator;
import org.recbridge.synth.SyntheticSettings;
import org.recbridge.util.CancelToken;

class ProxyADistanceTest {
    private static final DiagnosticsSettings SETTINGS = DiagnosticsSettings.defaults();

    @Test
    void twoHalvesOfOneDomainAreHardToTellApart() {
        Domain movies = SyntheticGenerator.generate(SyntheticSettings.defaults().withUsers(800)).source();
        Set<String> half = new HashSet<>();
        SplittableRandom random = new SplittableRandom(7);
        for (String u : movies.interactions().users().names()) {
            if (random.nextBoolean()) {
                half.add(u);
            }
        }
        Domain a = TestDomains.withUsers(movies, half::contains, "a");
        Domain b = TestDomains.withUsers(movies, u -> !half.contains(u), "b");
        ADistance d = ProxyADistance.of(a, b, SETTINGS, CancelToken.none());
        assertTrue(d.aDistance() < 0.3, d.toString());
        assertEquals(SETTINGS.maxRowsPerDomain(), d.rowsPerDomain());
    }

    @Test
    void domainsThatMeetASharedSideValueAtVeryDifferentRatesAreNearlySeparable() {
        // the same users; both catalogues hold action films and thrillers, 19 to 1 in the source and 1 to 19 in the
        // target: comparable, and telling the domains apart
        String[] mostlyAction = new String[20];
        String[] mostlyThrillers = new String[20];
        java.util.Arrays.fill(mostlyAction, "action");
        java.util.Arrays.fill(mostlyThrillers, "thriller");
        mostlyAction[0] = "thriller";
        mostlyThrillers[0] = "action";
        Domain source = TestDomains.genreDomain("s", "m", 60, 40, mostlyAction);
        Domain target = TestDomains.genreDomain("t", "b", 60, 40, mostlyThrillers);
        ADistance d = ProxyADistance.of(source, target, SETTINGS, CancelToken.none());
        assertTrue(d.aDistance() > 1.6, d.toString());
        assertEquals(List.of(new FeatureGroup("user ids", 60), new FeatureGroup("i.genre", 2)), d.groups());
    }

    @Test
    void sideValuesOnlyOneDomainHasDoNotSeparateTheDomains() {
        // no genre value in common: only the user ids are comparable, and the same users behave the same way
        Domain source = TestDomains.genreDomain("s", "m", 60, 40, "action", "comedy");
        Domain target = TestDomains.genreDomain("t", "b", 60, 40, "poetry", "history");
        ADistance d = ProxyADistance.of(source, target, SETTINGS, CancelToken.none());
        assertTrue(d.aDistance() < 0.3, d.toString());
        assertTrue(d.aDistanceAllFeatures() > 1.7, d.toString());
        assertEquals(List.of(new FeatureGroup("user ids", 60)), d.groups());
    }

    @Test
    void disjointCataloguesAreSeparableOnAllFeaturesButNotOnComparableOnes() {
        var pair = SyntheticGenerator.generate(SyntheticSettings.defaults().withUsers(600));
        ADistance d = ProxyADistance.of(pair.source(), pair.target(), SETTINGS, CancelToken.none());
        assertTrue(d.aDistanceAllFeatures() > 1.7, d.toString());
        assertTrue(d.aDistance() < d.aDistanceAllFeatures(), d.toString());
    }

    @Test
    void disjointItemsWithIdenticalUserBehaviourAreAlike() {
        // the same users rate two catalogues with no item in common, in the same way: only the ids differ
        Domain source = TestDomains.genreDomain("s", "m", 60, 40, "action", "comedy");
        Domain target = TestDomains.genreDomain("t", "b", 60, 40, "action", "comedy");
        ADistance d = ProxyADistance.of(source, target, SETTINGS, CancelToken.none());
        assertTrue(d.aDistance() < 0.2, d.toString());
        assertTrue(d.aDistanceAllFeatures() > 1.7, "item ids alone separate them: " + d);
        assertEquals(List.of(new FeatureGroup("user ids", 60), new FeatureGroup("i.genre", 2)), d.groups());
    }

    @Test
    void aSideValueOnlyOneDomainHasIsNotComparable() {
        // a genre split: every source item is a comedy, every target item a drama; "thriller" occurs in both
        Domain source = TestDomains.genreDomain("s", "m", 60, 40, "comedy", "thriller");
        Domain target = TestDomains.genreDomain("t", "b", 60, 40, "drama", "thriller");
        ADistance d = ProxyADistance.of(source, target, SETTINGS, CancelToken.none());
        assertEquals(List.of(new FeatureGroup("user ids", 60), new FeatureGroup("i.genre", 1)), d.groups());
        assertTrue(d.aDistance() < 0.5, d.toString());
    }

    @Test
    void domainsThatShareFewUsersAndNoItemGiveNoVerdict() {
        // as CDRIB's game and video: 90% of the target's users are absent from the source, no item in common
        org.recbridge.data.Interactions s = new org.recbridge.data.Interactions(org.recbridge.data.DuplicatePolicy.KEEP_LAST);
        org.recbridge.data.Interactions t = new org.recbridge.data.Interactions(org.recbridge.data.DuplicatePolicy.KEEP_LAST);
        SplittableRandom random = new SplittableRandom(3);
        for (int u = 0; u < 1000; u++) {
            for (int r = 0; r < 5; r++) {
                s.add("u" + (u < 100 ? u : 5000 + u), "g" + random.nextInt(300), 1, org.recbridge.data.Interactions.NO_TIME);
                t.add("u" + u, "v" + random.nextInt(300), 1, org.recbridge.data.Interactions.NO_TIME);
            }
        }
        ADistance d = ProxyADistance.of(new Domain("game", s, null, null), new Domain("video", t, null, null), SETTINGS,
                CancelToken.none());
        assertTrue(d.measured(), d.toString());
        assertTrue(d.comparableRows() < 0.2, d.toString());
        assertTrue(d.thin(), d.toString());
        assertTrue(d.reading().startsWith("too little to compare: only 10% of one domain's sampled rows"), d.reading());
    }

    @Test
    void nothingComparableGivesNoNumberAndSaysSo() {
        Domain source = TestDomains.genreDomain("s", "m", 30, 20, "action");
        Domain target = TestDomains.withUsers(TestDomains.genreDomain("t", "b", 60, 20, "poetry"),
                u -> Integer.parseInt(u.substring(1)) >= 30, "t");
        ADistance d = ProxyADistance.of(source, target, SETTINGS, CancelToken.none());
        assertEquals(0, d.features());
        assertTrue(d.groups().isEmpty());
        assertFalse(d.measured());
        assertTrue(Double.isNaN(d.aDistance()), d.toString());
        assertTrue(d.reading().startsWith("nothing comparable"), d.reading());
        assertTrue(d.aDistanceAllFeatures() > 1.7, d.toString());
    }

    @Test
    void distanceIsTwiceOneMinusTwiceTheErrorClipped() {
        assertEquals(2.0, ADistance.fromError(0), 1e-12);
        assertEquals(1.0, ADistance.fromError(0.25), 1e-12);
        assertEquals(0.0, ADistance.fromError(0.5), 1e-12);
        assertEquals(0.0, ADistance.fromError(0.7), 1e-12);
    }
}
