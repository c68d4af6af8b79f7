package org.recbridge.transfer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The registry of strategies by id; adding a strategy means one class plus one line here. */
public final class Strategies {
    private static final Map<String, TransferStrategy> BY_ID = new LinkedHashMap<>();

    static {
        register(new TargetOnly());
        register(new SourceOnly());
        register(new Pooled());
        register(new FeatureTransfer());
        register(new ModelTransfer());
        register(new Hybrid());
        register(new Emcdr());
        register(new MultiSource());
        register(new Ensemble());
        register(new Joint());
        register(new InstanceWeighting());
        register(new TrAdaBoost());
        register(new FineTune());
        register(new RegularizedTransfer());
    }

    private Strategies() {
    }

    private static void register(TransferStrategy s) {
        BY_ID.put(s.id(), s);
    }

    public static List<TransferStrategy> all() {
        return List.copyOf(BY_ID.values());
    }

    public static TransferStrategy byId(String id) {
        TransferStrategy s = BY_ID.get(id);
        if (s == null) {
            throw new IllegalArgumentException("unknown strategy \"" + id + "\"; known: " + String.join(", ", BY_ID.keySet()));
        }
        return s;
    }
}
