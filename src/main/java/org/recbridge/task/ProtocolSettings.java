package org.recbridge.task;

/**
 * How the target domain is split.
 *
 * @param protocol     warm, cold-start or given
 * @param train        per-user share of interactions for training (warm users)
 * @param validation   per-user share for validation (early stopping, model selection)
 * @param test         per-user share for test
 * @param coldFraction cold-start only: fraction beta of the users shared with the source whose target
 *                     interactions all go to test
 * @param budget       fraction of the target training rows kept (learning curves); 1 keeps all
 * @param given        the split's files for protocol given, else null (the shares above are then unused)
 */
public record ProtocolSettings(Protocol protocol, double train, double validation, double test,
                               double coldFraction, double budget, GivenFiles given) implements java.io.Serializable {
    public ProtocolSettings {
        if ((protocol == Protocol.GIVEN) != (given != null)) {
            throw new IllegalArgumentException("protocol.testFile: " + (given == null
                    ? "protocol given needs validationFile and testFile" : "only protocol given reads split files"));
        }
        requireFraction("protocol.train", train);
        requireFraction("protocol.validation", validation);
        requireFraction("protocol.test", test);
        requireFraction("protocol.coldStartFraction", coldFraction);
        if (!(budget > 0 && budget <= 1)) {
            throw new IllegalArgumentException("protocol.targetBudget must be in (0, 1], got " + budget);
        }
        if (Math.abs(train + validation + test - 1.0) > 1e-6) {
            throw new IllegalArgumentException("protocol.train + validation + test must add up to 1, got "
                    + (train + validation + test));
        }
    }

    /** A protocol that draws its own split. */
    public ProtocolSettings(Protocol protocol, double train, double validation, double test, double coldFraction,
                            double budget) {
        this(protocol, train, validation, test, coldFraction, budget, null);
    }

    private static void requireFraction(String field, double v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException(field + " must be between 0 and 1, got " + v);
        }
    }

    public static ProtocolSettings defaults() {
        return new ProtocolSettings(Protocol.COLD_START, 0.8, 0.1, 0.1, 0.2, 1.0);
    }

    public ProtocolSettings withBudget(double b) {
        return new ProtocolSettings(protocol, train, validation, test, coldFraction, b, given);
    }
}
