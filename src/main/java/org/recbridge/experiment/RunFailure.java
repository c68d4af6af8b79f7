package org.recbridge.experiment;

/**
 * A (strategy, learner, seed) run that stopped with an error. The other runs finish and are reported; the
 * failure is kept in results so a long experiment never loses its finished runs to one bad combination.
 *
 * @param message what went wrong, in one line (the exception's message, with its type when unexpected)
 */
public record RunFailure(String strategy, String learner, long seed, String message) {
    static RunFailure of(String strategy, String learner, long seed, RuntimeException e) {
        String text = e.getMessage() == null ? "" : e.getMessage().split("\n")[0];
        // an IllegalArgumentException is our own "this data cannot do that"; anything else is unexpected
        String message = e instanceof IllegalArgumentException ? text
                : e.getClass().getSimpleName() + (text.isEmpty() ? "" : ": " + text);
        return new RunFailure(strategy, learner, seed, message);
    }

    /** "strategy with learner, seed s: message" */
    public String toLine() {
        return strategy + " with " + learner + ", seed " + seed + ": " + message;
    }
}
