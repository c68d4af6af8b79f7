package org.recbridge.eval;

/** Per-seed comparison counts of a strategy against a baseline. */
public record WinTieLoss(int wins, int ties, int losses) {
    public int total() {
        return wins + ties + losses;
    }
}
