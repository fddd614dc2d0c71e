package serve

import (
	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"

	"github.com/negograph/negograph/internal/refresh"
)

// metrics are the Prometheus metrics of one Server, in its own registry.
type metrics struct {
	reg         *prometheus.Registry
	seen        prometheus.Counter
	processed   prometheus.Counter
	skipped     prometheus.Counter
	failed      prometheus.Counter
	deleted     prometheus.Counter
	written     prometheus.Counter
	passes      *prometheus.CounterVec
	duration    prometheus.Histogram
	lastSuccess prometheus.Gauge
	nodes       prometheus.Gauge
	rels        prometheus.Gauge
}

func newMetrics() *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		seen: prometheus.NewCounter(prometheus.CounterOpts{Name: "negograph_articles_seen_total",
			Help: "Articles read from the sources, summed over passes."}),
		processed: prometheus.NewCounter(prometheus.CounterOpts{Name: "negograph_articles_processed_total",
			Help: "Articles analysed because they were new or changed."}),
		skipped: prometheus.NewCounter(prometheus.CounterOpts{Name: "negograph_articles_skipped_total",
			Help: "Articles left as they were because they had not changed."}),
		failed: prometheus.NewCounter(prometheus.CounterOpts{Name: "negograph_articles_failed_total",
			Help: "Inputs that could not be read or fetched."}),
		deleted: prometheus.NewCounter(prometheus.CounterOpts{Name: "negograph_articles_deleted_total",
			Help: "Articles gone from the sources whose facts were retracted."}),
		written: prometheus.NewCounter(prometheus.CounterOpts{Name: "negograph_graph_rows_written_total",
			Help: "Nodes and relationships written or deleted in Neo4j."}),
		passes: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "negograph_refresh_passes_total",
			Help: "Refresh passes by result (success or failure)."}, []string{"result"}),
		duration: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "negograph_refresh_pass_duration_seconds",
			Help: "Wall time of refresh passes.", Buckets: prometheus.ExponentialBuckets(0.05, 2, 14)}),
		lastSuccess: prometheus.NewGauge(prometheus.GaugeOpts{Name: "negograph_refresh_last_success_timestamp_seconds",
			Help: "Unix time of the end of the last successful pass."}),
		nodes: prometheus.NewGauge(prometheus.GaugeOpts{Name: "negograph_graph_nodes",
			Help: "Nodes of the graph after the last successful pass."}),
		rels: prometheus.NewGauge(prometheus.GaugeOpts{Name: "negograph_graph_relationships",
			Help: "Relationships of the graph after the last successful pass."}),
	}
	m.reg.MustRegister(m.seen, m.processed, m.skipped, m.failed, m.deleted, m.written, m.passes, m.duration,
		m.lastSuccess, m.nodes, m.rels,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	m.passes.WithLabelValues("success")
	m.passes.WithLabelValues("failure")
	return m
}

// observe records one pass.
func (m *metrics) observe(rep *refresh.Report, err error) {
	m.seen.Add(float64(rep.Seen))
	m.processed.Add(float64(rep.Analyzed))
	m.skipped.Add(float64(rep.Unchanged))
	m.failed.Add(float64(rep.Failed))
	m.deleted.Add(float64(rep.Deleted))
	m.written.Add(float64(rep.Written))
	m.duration.Observe(rep.Duration.Seconds())
	if err != nil {
		m.passes.WithLabelValues("failure").Inc()
		return
	}
	m.passes.WithLabelValues("success").Inc()
	m.lastSuccess.SetToCurrentTime()
	m.nodes.Set(float64(rep.Nodes))
	m.rels.Set(float64(rep.Relationships))
}
