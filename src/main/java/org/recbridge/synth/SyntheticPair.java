package org.recbridge.synth;

import java.util.Set;
import org.recbridge.data.Domain;

/**
 * A generated source/target domain pair with the truth used to make it.
 *
 * @param source      the source domain ("movies", items m0001...)
 * @param target      the target domain ("books", items b0001...)
 * @param sharedUsers ids of the users present in both domains (unmodifiable)
 * @param sourceTruth hidden tastes, biases and item vectors of the source domain
 * @param targetTruth hidden tastes, biases and item vectors of the target domain
 * @param settings    the settings that produced this pair
 */
public record SyntheticPair(Domain source, Domain target, Set<String> sharedUsers,
                            DomainTruth sourceTruth, DomainTruth targetTruth, SyntheticSettings settings) {
    public SyntheticPair {
        sharedUsers = java.util.Collections.unmodifiableSet(sharedUsers);
    }
}
