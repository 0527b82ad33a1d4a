/**
 * Statistical building blocks: mergeable summaries (a KLL quantile sketch, moments, exact value counts), two-sample
 * distances and tests (Kolmogorov-Smirnov, chi-square of homogeneity, PSI, Jensen-Shannon, Wasserstein) and
 * multiple-testing adjustments. The only package that imports commons-math3 (and, by rule, any sketch library), so it can
 * be replaced here without touching the features that use them. Depends on no other ModelGate package.
 */
package io.modelgate.statistics;
