package org.recbridge.analysis.hints;

import org.recbridge.analysis.diagnostics.DomainDiagnostics;
import org.recbridge.experiment.ExperimentResults;

/** What hints are drawn from: a run's results and the domain diagnostics; either may be null. */
public record HintInputs(ExperimentResults results, DomainDiagnostics diagnostics) {
}
