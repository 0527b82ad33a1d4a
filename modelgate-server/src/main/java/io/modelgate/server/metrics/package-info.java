/** The service's counters, histograms and gauges in the Prometheus text format. Depends on nothing else here. */
package io.modelgate.server.metrics;
