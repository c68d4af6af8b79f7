package org.recbridge.eval;

import java.util.List;

/** Gives a model's scores as {@link Factors}, where its form allows. */
@FunctionalInterface
public interface FactorSource {
    /** No factors: full ranking scores rows one by one. */
    FactorSource NONE = (users, items) -> null;

    /** The factors of these users and items, or null where the model's scores are not such a product. */
    Factors factors(List<String> users, List<String> items);
}
