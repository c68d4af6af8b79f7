package org.recbridge.features;

import org.recbridge.task.Row;

/**
 * Feature augmentation of Daume III, "Frustratingly easy domain adaptation" (2007): every base feature
 * {@code f} is written twice, as {@code shared:f} and as {@code <domain>:f} (e.g. {@code source:item=m1}),
 * with the base value. A model trained on several domains so augmented learns in the shared copy what
 * holds everywhere and in the domain copies each domain's deviation; L2 decides how much goes where.
 * Wrapping any featurizer keeps it reusable for transferred features too.
 */
public final class AugmentedFeaturizer implements Featurizer {
    public static final String SHARED = "shared";

    private final Featurizer base;
    private final String sharedPrefix = SHARED + ":";
    private final String domainPrefix;

    /** @param domain the tag of the domain copy, e.g. {@code source} or {@code target}; not {@value #SHARED} */
    public AugmentedFeaturizer(Featurizer base, String domain) {
        if (domain.isBlank() || domain.equals(SHARED) || domain.contains(":")) {
            throw new IllegalArgumentException("domain tag must be non-blank, not \"" + SHARED
                    + "\" and without ':', got \"" + domain + "\"");
        }
        this.base = base;
        this.domainPrefix = domain + ":";
    }

    public Featurizer base() {
        return base;
    }

    /** The tag of the domain copy, e.g. {@code target}. */
    public String domain() {
        return domainPrefix.substring(0, domainPrefix.length() - 1);
    }

    @Override
    public void addFeatures(Row row, FeatureSink sink) {
        FeatureSink inner = new FeatureSink();
        base.addFeatures(row, inner);
        EncodedRow encoded = inner.toRow(row.label(), row.weight());
        String[] names = encoded.names();
        double[] values = encoded.values();
        for (int i = 0; i < names.length; i++) {
            sink.add(sharedPrefix + names[i], values[i]);
            sink.add(domainPrefix + names[i], values[i]);
        }
    }
}
