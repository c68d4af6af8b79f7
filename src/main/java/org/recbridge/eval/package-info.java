/**
 * Evaluation metrics and statistics: plain static methods and immutable records, no UI.
 *
 * <ul>
 *   <li>{@link org.recbridge.eval.ClassificationMetrics}, {@link org.recbridge.eval.RegressionMetrics},
 *       {@link org.recbridge.eval.RankingMetrics}: per-run metrics.</li>
 *   <li>{@link org.recbridge.eval.Stats}: mean, sample sd, Student-t interval across seeds.</li>
 *   <li>{@link org.recbridge.eval.PairedTests} and {@link org.recbridge.eval.Verdict}: strategy vs baseline,
 *       paired by seed.</li>
 * </ul>
 *
 * <p>Conventions: empty or mismatched inputs and NaN values throw {@link java.lang.IllegalArgumentException};
 * undefined results (AUC with one class, intervals and t-tests with one value) are NaN, never an exception.
 */
package org.recbridge.eval;
