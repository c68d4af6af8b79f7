package org.recbridge.analysis.hints;

import java.util.List;

/** One rule of advice: silent (an empty list) unless its evidence is there. */
public interface HintRule {
    List<Hint> apply(HintInputs inputs);
}
