package org.recbridge.analysis.diagnostics;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.tribuo.FeatureSelector;
import org.tribuo.classification.Label;
import org.tribuo.classification.fs.JMI;
import org.tribuo.classification.fs.mRMR;

/** Tribuo's information-theoretic feature selectors that rank features in order (both penalise redundancy). */
public enum SelectionMethod {
    /** Minimum redundancy, maximum relevance (Peng et al. 2005): relevance minus mean redundancy with those chosen. */
    MRMR,
    /** Joint mutual information (Yang and Moody 1999): relevance of a feature jointly with each one chosen. */
    JMI;

    /**
     * The selectors log an INFO line per chosen feature, which would flood the command line; held here because
     * java.util.logging keeps loggers only weakly and would forget the level.
     */
    private static final List<Logger> QUIET = List.of(Logger.getLogger(mRMR.class.getName()),
            Logger.getLogger(JMI.class.getName()));

    static {
        QUIET.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    FeatureSelector<Label> selector(int k, int bins) {
        // one thread: the diagnostics run beside experiments and the sample is small
        return this == MRMR ? new mRMR(k, bins, 1) : new JMI(k, bins, 1);
    }
}
