package org.recbridge.ui.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetsTest {
    @Test
    void percentagesBecomeSortedDistinctFractions() {
        assertEquals(List.of(0.01, 0.25, 1.0), Budgets.parse("25%, 1 ;100 25"));
        assertEquals("1, 2.5, 100", Budgets.format(List.of(0.01, 0.025, 1.0)));
    }

    @Test
    void outOfRangeOrEmptyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Budgets.parse("0"));
        assertThrows(IllegalArgumentException.class, () -> Budgets.parse("150"));
        assertThrows(IllegalArgumentException.class, () -> Budgets.parse(" , "));
    }
}
