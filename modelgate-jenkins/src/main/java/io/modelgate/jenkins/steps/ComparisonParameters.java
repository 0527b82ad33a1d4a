package io.modelgate.jenkins.steps;

import io.modelgate.comparison.ComparisonSettings;
import io.modelgate.risk.RiskSettings;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The optional parameters of {@code mlCompareModels}: the champion, the comparison policy and the risk limits, with
 * the defaults of {@code modelgate compare} ({@link ComparisonSettings#defaults()}, {@link RiskSettings#defaults()}).
 * Public because Stapler calls these setters by reflection.
 */
public abstract class ComparisonParameters extends GateStep {
    private static final long serialVersionUID = 1L;
    private static final ComparisonSettings SETTINGS = ComparisonSettings.defaults();
    private static final RiskSettings RISK = RiskSettings.defaults();
    private String champion = null;
    private String primaryMetric = SETTINGS.primaryMetric();
    private String mode = SETTINGS.mode();
    private double margin = SETTINGS.margin();
    private double minimumImprovement = SETTINGS.minimumImprovement();
    private double minimumRelativeImprovement = SETTINGS.minimumRelativeImprovement();
    private String guards = "";
    private String slices = "";
    private int sliceMinimumSize = SETTINGS.sliceMinimumSize();
    private double sliceMargin = SETTINGS.sliceMargin();
    private double alpha = SETTINGS.alpha();
    private double maximumChangedDecisions = SETTINGS.maximumChangedDecisions();
    private String onMissingChampion = SETTINGS.onMissingChampion();
    private int resamples = SETTINGS.resamples();
    private long seed = SETTINGS.seed();
    private String expectedPredictions = null;
    private String expectedColumn = null;
    private double parityPrecision = RISK.parityPrecision();
    private Long maximumSizeBytes = null;
    private Double maximumLatencyMicros = null;
    private Double maximumFlipRate = null;
    private double noise = RISK.noise();
    private double swap = RISK.swap();

    public String getChampion() {
        return champion;
    }

    /**
     * Sets the model in production to compare with; without it, {@code onMissingChampion} decides.
     *
     * @param value a PMML file relative to the workspace; blank for none
     */
    @DataBoundSetter
    public void setChampion(final String value) {
        this.champion = blankTo(value, null);
    }

    public String getPrimaryMetric() {
        return primaryMetric;
    }

    /**
     * Sets the deciding metric.
     *
     * @param value auc, accuracy, log_loss, brier, rmse or mae; blank for auc (classifiers) or rmse (regressions)
     */
    @DataBoundSetter
    public void setPrimaryMetric(final String value) {
        this.primaryMetric = blankTo(value, SETTINGS.primaryMetric());
    }

    public String getMode() {
        return mode;
    }

    /**
     * Sets whether the candidate must be better (superiority) or only not worse by more than {@code margin}.
     *
     * @param value superiority or non-inferiority
     */
    @DataBoundSetter
    public void setMode(final String value) {
        this.mode = blankTo(value, SETTINGS.mode());
    }

    public double getMargin() {
        return margin;
    }

    /**
     * Sets the non-inferiority margin of the primary metric.
     *
     * @param value the largest acceptable worsening, at least 0
     */
    @DataBoundSetter
    public void setMargin(final double value) {
        this.margin = value;
    }

    public double getMinimumImprovement() {
        return minimumImprovement;
    }

    /**
     * Sets the least absolute improvement the interval's lower bound must exceed.
     *
     * @param value the improvement, at least 0
     */
    @DataBoundSetter
    public void setMinimumImprovement(final double value) {
        this.minimumImprovement = value;
    }

    public double getMinimumRelativeImprovement() {
        return minimumRelativeImprovement;
    }

    /**
     * Sets the least improvement as a share of the champion's value.
     *
     * @param value the share, at least 0
     */
    @DataBoundSetter
    public void setMinimumRelativeImprovement(final double value) {
        this.minimumRelativeImprovement = value;
    }

    public String getGuards() {
        return guards;
    }

    /**
     * Sets the metrics that must stay non-inferior within a margin, whatever the primary metric does.
     *
     * @param value comma-separated METRIC:MARGIN, e.g. {@code log_loss:0.01, brier:0.005}
     */
    @DataBoundSetter
    public void setGuards(final String value) {
        this.guards = blankTo(value, "");
    }

    public String getSlices() {
        return slices;
    }

    /**
     * Sets the columns whose values are slices, each checked for non-inferiority.
     *
     * @param value comma-separated column names
     */
    @DataBoundSetter
    public void setSlices(final String value) {
        this.slices = blankTo(value, "");
    }

    public int getSliceMinimumSize() {
        return sliceMinimumSize;
    }

    /**
     * Sets the smallest slice that is judged; smaller ones are INACTIVE.
     *
     * @param value rows, at least 1
     */
    @DataBoundSetter
    public void setSliceMinimumSize(final int value) {
        this.sliceMinimumSize = value;
    }

    public double getSliceMargin() {
        return sliceMargin;
    }

    /**
     * Sets the non-inferiority margin within each slice.
     *
     * @param value the margin, at least 0
     */
    @DataBoundSetter
    public void setSliceMargin(final double value) {
        this.sliceMargin = value;
    }

    public double getAlpha() {
        return alpha;
    }

    /**
     * Sets the significance level of the intervals and tests.
     *
     * @param value in (0, 1)
     */
    @DataBoundSetter
    public void setAlpha(final double value) {
        this.alpha = value;
    }

    public double getMaximumChangedDecisions() {
        return maximumChangedDecisions;
    }

    /**
     * Sets the largest share of rows whose decision may change.
     *
     * @param value a share in [0, 1]; 1 for no limit
     */
    @DataBoundSetter
    public void setMaximumChangedDecisions(final double value) {
        this.maximumChangedDecisions = value;
    }

    public String getOnMissingChampion() {
        return onMissingChampion;
    }

    /**
     * Sets what the champion check says when there is no champion.
     *
     * @param value pass, fail or inactive
     */
    @DataBoundSetter
    public void setOnMissingChampion(final String value) {
        this.onMissingChampion = blankTo(value, SETTINGS.onMissingChampion());
    }

    public int getResamples() {
        return resamples;
    }

    /**
     * Sets the number of bootstrap resamples.
     *
     * @param value at least 1
     */
    @DataBoundSetter
    public void setResamples(final int value) {
        this.resamples = value;
    }

    public long getSeed() {
        return seed;
    }

    /**
     * Sets the bootstrap and perturbation seed.
     *
     * @param value any number
     */
    @DataBoundSetter
    public void setSeed(final long value) {
        this.seed = value;
    }

    public String getExpectedPredictions() {
        return expectedPredictions;
    }

    /**
     * Sets the training framework's own predictions on the holdout rows, which adds the parity check.
     *
     * @param value a CSV file relative to the workspace; blank for no parity check
     */
    @DataBoundSetter
    public void setExpectedPredictions(final String value) {
        this.expectedPredictions = blankTo(value, null);
    }

    public String getExpectedColumn() {
        return expectedColumn;
    }

    /**
     * Sets the column of the expected predictions to compare.
     *
     * @param value a column; blank for probability of the positive class or the first numeric column
     */
    @DataBoundSetter
    public void setExpectedColumn(final String value) {
        this.expectedColumn = blankTo(value, null);
    }

    public double getParityPrecision() {
        return parityPrecision;
    }

    /**
     * Sets the relative tolerance of the parity check.
     *
     * @param value the tolerance
     */
    @DataBoundSetter
    public void setParityPrecision(final double value) {
        this.parityPrecision = value;
    }

    public Long getMaximumSizeBytes() {
        return maximumSizeBytes;
    }

    /**
     * Sets the largest PMML file size of the candidate.
     *
     * @param value bytes; blank for no limit
     */
    @DataBoundSetter
    public void setMaximumSizeBytes(final Long value) {
        this.maximumSizeBytes = value;
    }

    public Double getMaximumLatencyMicros() {
        return maximumLatencyMicros;
    }

    /**
     * Sets the largest p99 scoring latency per row.
     *
     * @param value microseconds; blank for no limit
     */
    @DataBoundSetter
    public void setMaximumLatencyMicros(final Double value) {
        this.maximumLatencyMicros = value;
    }

    public Double getMaximumFlipRate() {
        return maximumFlipRate;
    }

    /**
     * Sets the largest share of rows whose decision flips under small perturbations.
     *
     * @param value a share; blank to report only
     */
    @DataBoundSetter
    public void setMaximumFlipRate(final Double value) {
        this.maximumFlipRate = value;
    }

    public double getNoise() {
        return noise;
    }

    /**
     * Sets the perturbation noise as a share of each numeric input's standard deviation.
     *
     * @param value not negative
     */
    @DataBoundSetter
    public void setNoise(final double value) {
        this.noise = value;
    }

    public double getSwap() {
        return swap;
    }

    /**
     * Sets the probability of swapping each categorical input in the perturbation.
     *
     * @param value in [0, 1]
     */
    @DataBoundSetter
    public void setSwap(final double value) {
        this.swap = value;
    }
}
