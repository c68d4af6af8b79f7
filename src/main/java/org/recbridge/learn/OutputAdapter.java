package org.recbridge.learn;

import org.tribuo.OutputFactory;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/** Maps our numeric labels to a Tribuo output type and Tribuo predictions back to one score. */
interface OutputAdapter<T extends org.tribuo.Output<T>> {
    OutputFactory<T> factory();

    T output(double label);

    /** P(like) for classification, the predicted rating for regression. */
    double score(Prediction<T> prediction);

    OutputAdapter<Label> LABELS = new OutputAdapter<>() {
        private final Label like = new Label("1");
        private final Label dislike = new Label("0");

        @Override
        public OutputFactory<Label> factory() {
            return new LabelFactory();
        }

        @Override
        public Label output(double label) {
            return label >= 0.5 ? like : dislike;
        }

        @Override
        public double score(Prediction<Label> prediction) {
            Label l = prediction.getOutputScores().get("1");
            return l == null ? 0.0 : l.getScore();
        }
    };

    OutputAdapter<Regressor> RATINGS = new OutputAdapter<>() {
        @Override
        public OutputFactory<Regressor> factory() {
            return new RegressionFactory();
        }

        @Override
        public Regressor output(double label) {
            return new Regressor("rating", label);
        }

        @Override
        public double score(Prediction<Regressor> prediction) {
            return prediction.getOutput().getValues()[0];
        }
    };
}
