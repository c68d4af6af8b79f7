package org.recbridge.synth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyntheticSettingsTest {
    private static final SyntheticSettings D = SyntheticSettings.defaults();

    @Test
    void defaultsAreTheDocumentedOnes() {
        assertEquals(2000, D.users());
        assertEquals(0.5, D.sharedUserFraction());
        assertEquals(500, D.sourceItems());
        assertEquals(400, D.targetItems());
        assertEquals(8, D.latentDim());
        assertEquals(0.8, D.rho());
        assertEquals(40, D.sourceInteractionsPerUser());
        assertEquals(6, D.targetInteractionsPerUser());
        assertEquals(0.05, D.labelNoise());
        assertEquals(0.5, D.itemPopularitySkew());
        assertTrue(D.userFeatures() && D.itemFeatures());
        assertEquals(1000, D.sharedUsers());
        assertEquals(500, D.sourceOnlyUsers());
        assertEquals(500, D.targetOnlyUsers());
        SyntheticSettings odd = D.withUsers(2001).withSharedUserFraction(0);
        assertEquals(1001, odd.sourceOnlyUsers(), "an odd user goes to the source");
        assertEquals(1000, odd.targetOnlyUsers());
    }

    @Test
    void withCopiesChangeOneField() {
        SyntheticSettings s = D.withRho(0.3).withSeed(9).withTargetItems(50);
        assertEquals(0.3, s.rho());
        assertEquals(9, s.seed());
        assertEquals(50, s.targetItems());
        assertEquals(D.users(), s.users());
        assertEquals(D.labelNoise(), s.labelNoise());
    }

    @Test
    void invalidValuesNameFieldAndRange() {
        assertMessage("rho must be between 0.0 and 1.0, was 1.5", () -> D.withRho(1.5));
        assertMessage("rho must be between 0.0 and 1.0, was NaN", () -> D.withRho(Double.NaN));
        assertMessage("users must be between 1 and 10000000, was 0", () -> D.withUsers(0));
        assertMessage("sharedUserFraction must be between 0.0 and 1.0, was -0.1",
                () -> D.withSharedUserFraction(-0.1));
        assertMessage("latentDim must be between 1 and 256, was 0", () -> D.withLatentDim(0));
        assertMessage("labelNoise must be between 0.0 and 0.5, was 0.7", () -> D.withLabelNoise(0.7));
        assertMessage("itemPopularitySkew must be between 0.0 and 3.0, was -1.0",
                () -> D.withItemPopularitySkew(-1));
        assertMessage("sourceItems must be between 1 and 10000000, was 0", () -> D.withSourceItems(0));
        assertMessage("targetInteractionsPerUser must be between 1 and targetItems (400), was 401.0",
                () -> D.withTargetInteractionsPerUser(401));
        assertMessage("sourceInteractionsPerUser must be between 1 and sourceItems (500), was 0.5",
                () -> D.withSourceInteractionsPerUser(0.5));
        assertMessage("targetInteractionsPerUser must be between 1 and targetItems (3), was 6.0",
                () -> D.withTargetItems(3));
    }

    private static void assertMessage(String expected, Runnable action) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, action::run);
        assertEquals(expected, e.getMessage());
    }
}
