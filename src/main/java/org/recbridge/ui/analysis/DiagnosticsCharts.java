package org.recbridge.ui.analysis;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.value.ObservableObjectValue;
import org.jfree.chart.JFreeChart;
import org.recbridge.analysis.diagnostics.DomainDiagnostics;
import org.recbridge.analysis.diagnostics.DomainStats;
import org.recbridge.chart.CorrelationHeatMapChart;
import org.recbridge.chart.DomainHistogramsChart;
import org.recbridge.chart.FeatureRankingChart;
import org.recbridge.chart.StrategyPalette;

/** The Diagnostics screen's three charts, each drawn from the diagnostics shown. */
final class DiagnosticsCharts {
    private DiagnosticsCharts() {
    }

    /** Rating histograms of every domain side by side. */
    static final class Histograms extends AnalysisChartModel<DomainDiagnostics> {
        Histograms(ObservableObjectValue<DomainDiagnostics> diagnostics) {
            super(diagnostics);
            start();
        }

        @Override
        void offerChoices(DomainDiagnostics d) {
        }

        @Override
        JFreeChart draw(DomainDiagnostics d) {
            List<String> domains = d.domains().stream().map(DomainStats::domain).toList();
            return d.domains().stream().allMatch(s -> s.ratedRows() == 0) ? null
                    : DomainHistogramsChart.create(d.domains(), new StrategyPalette(domains));
        }

        @Override
        public String fileName() {
            return "rating-histograms";
        }
    }

    /** Correlated side features of the chosen domain. */
    static final class HeatMap extends AnalysisChartModel<DomainDiagnostics> {
        private final Choice<String> domain = new Choice<>();

        HeatMap(ObservableObjectValue<DomainDiagnostics> diagnostics) {
            super(diagnostics);
            start(domain.valueProperty());
        }

        @Override
        void offerChoices(DomainDiagnostics d) {
            domain.offer(d == null ? List.of() : d.domains().stream().map(DomainStats::domain).toList());
        }

        @Override
        JFreeChart draw(DomainDiagnostics d) {
            return domain.get() == null || CorrelationHeatMapChart.features(d.correlations(), domain.get()).isEmpty()
                    ? null : CorrelationHeatMapChart.create(d.correlations(), domain.get(),
                    d.settings().correlationThreshold());
        }

        @Override
        public String fileName() {
            return "correlations-" + domain.get();
        }

        Choice<String> domain() {
            return domain;
        }
    }

    /** The target's feature ranking, the top {@code keep} highlighted. */
    static final class Ranking extends AnalysisChartModel<DomainDiagnostics> {
        private final IntegerProperty keep = new SimpleIntegerProperty(10);

        Ranking(ObservableObjectValue<DomainDiagnostics> diagnostics) {
            super(diagnostics);
            start(keep);
        }

        @Override
        void offerChoices(DomainDiagnostics d) {
            int n = d == null || d.ranking() == null ? 0 : d.ranking().features().size();
            if (n > 0 && keep.get() > n) {
                keep.set(n);
            }
        }

        @Override
        JFreeChart draw(DomainDiagnostics d) {
            return d.ranking() == null || d.ranking().features().isEmpty() ? null
                    : FeatureRankingChart.create(d.ranking(), keep.get());
        }

        @Override
        public String fileName() {
            return "feature-ranking";
        }

        IntegerProperty keep() {
            return keep;
        }
    }
}
