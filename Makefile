# negograph developer tasks. `make test` is the test command of README.md and CI.
SHELL := /bin/bash
GO ?= go
NEO4J_PORT ?= 7687
NEO4J_PASSWORD ?= negograph-test
export NEO4J_PORT NEO4J_PASSWORD
# The Neo4j of tools/neo4j: 5.26 (the LTS) by default; NEO4J_VERSION=2026.x
# selects the newest 2026 release (Java 21+, see tools/neo4j/neo4j.sh), for
# `make test`, `make test-neo4j`, `make neo4j-up` and `make browse` alike.
ifdef NEO4J_VERSION
export NEO4J_VERSION
endif

# Go files to check with gofmt: every one in the tree, tracked or not, except
# build output and local state.
GOFILES = $$(find . -name '*.go' -not -path './.git/*' -not -path './out/*' -not -path './.neo4j/*' -not -path './tools/neo4j/target/*')

.PHONY: build vet test test-neo4j neo4j-up neo4j-down neo4j-status browse browse-down bench seeds

build:
	$(GO) build ./...

# gofmt must have nothing to say, and go vet and staticcheck (a tool of go.mod,
# run with go tool) must pass.
vet:
	@files="$(GOFILES)"; \
	if [ -n "$$files" ]; then \
		unformatted="$$(gofmt -l $$files)" || exit 1; \
		if [ -n "$$unformatted" ]; then echo "gofmt: not formatted (run gofmt -w):"; echo "$$unformatted"; exit 1; fi; \
	fi
	$(GO) vet ./...
	$(GO) tool staticcheck ./...

# The test Neo4j server (Maven Central jars, see tools/neo4j/neo4j.sh).
neo4j-up:
	tools/neo4j/neo4j.sh up

neo4j-down:
	tools/neo4j/neo4j.sh down

neo4j-status:
	tools/neo4j/neo4j.sh status

# Runs every test, the Neo4j integration tests included (internal/refresh/faults
# starts a Neo4j of its own, which it kills and restarts), then the
# concurrency tests of refresh, serve and the refresh lock (graph/neo4jstore)
# again under the race detector. With
# NEO4J_URI set it uses that server; otherwise it starts the test server,
# points the tests at it and always stops it afterwards, exiting with go
# test's status.
# -count=1: test results depend on the database, which the cache cannot see.
# -timeout 30m: the integration packages (refresh, serve, the Browser) each run for minutes
# against a real server; on a loaded runner the default 10m per package was once not enough.
RACE_TESTS = ^(TestTwoRefreshesNeverRunAtOnce|TestLockFencingToken|TestExpiredPassCannotCommitOverANewerOne|TestAnalysisPanicIsAnErrorForThatArticle|TestInterruptedPassLeavesNothingHalfDone|TestRunStopsOnCancel|TestAPanickingPassDoesNotStopServe)$$
test:
	@if [ -n "$$NEO4J_URI" ]; then \
		$(GO) test -count=1 -timeout 30m ./... && $(GO) test -race -count=1 -timeout 30m -run '$(RACE_TESTS)' ./internal/refresh ./internal/serve ./graph/neo4jstore; \
	else \
		trap 'tools/neo4j/neo4j.sh down' EXIT; \
		tools/neo4j/neo4j.sh up || exit 1; \
		export NEO4J_URI=bolt://127.0.0.1:$(NEO4J_PORT) NEO4J_USER=neo4j NEO4J_PASSWORD='$(NEO4J_PASSWORD)'; \
		$(GO) test -count=1 -timeout 30m ./... && $(GO) test -race -count=1 -timeout 30m -run '$(RACE_TESTS)' ./internal/refresh ./internal/serve ./graph/neo4jstore; status=$$?; \
		exit $$status; \
	fi

# The Neo4j-facing packages only (CI runs them again on NEO4J_VERSION=2026.x
# after `make test`), the fault-injection suite and the Browser tests
# included: the same server handling as `make test`.
NEO4J_PACKAGES = ./graph/neo4jstore ./internal/neo4jtest ./internal/refresh ./internal/refresh/faults ./internal/serve ./cmd/negograph ./internal/bench ./examples ./internal/neo4jbrowser
test-neo4j:
	@if [ -n "$$NEO4J_URI" ]; then \
		$(GO) test -count=1 -timeout 30m $(NEO4J_PACKAGES); \
	else \
		trap 'tools/neo4j/neo4j.sh down' EXIT; \
		tools/neo4j/neo4j.sh up || exit 1; \
		export NEO4J_URI=bolt://127.0.0.1:$(NEO4J_PORT) NEO4J_USER=neo4j NEO4J_PASSWORD='$(NEO4J_PASSWORD)'; \
		$(GO) test -count=1 -timeout 30m $(NEO4J_PACKAGES); \
	fi

# Neo4j Browser on the graph of SRC: folders of articles and .jsonl corpora
# (built with `negograph build` into out/browse/graph.json), or a snapshot (a
# graph.json, or a folder holding one). Starts the project's Neo4j with HTTP
# (state in .neo4j/browse, or NEO4J_STATE_DIR), loads the graph and prints
# the URL; the style and a guide to examples/queries open on connect.
# `make browse` again starts it afresh with the graph of SRC; `make
# browse-down` stops it.
SRC ?= examples/articles
NEO4J_HTTP_PORT ?= 7474
BROWSE_STATE_DIR = $(or $(NEO4J_STATE_DIR),$(CURDIR)/.neo4j/browse)
browse:
	@set -euo pipefail; \
	export NEO4J_HTTP_PORT='$(NEO4J_HTTP_PORT)' NEO4J_STATE_DIR='$(BROWSE_STATE_DIR)'; \
	snap=""; src=($(SRC)); \
	if [ $${#src[@]} -eq 1 ] && [ -f "$${src[0]}" ] && [[ "$${src[0]}" == *.json ]]; then snap="$${src[0]}"; \
	elif [ $${#src[@]} -eq 1 ] && [ -f "$${src[0]}/graph.json" ]; then snap="$${src[0]}/graph.json"; fi; \
	if [ -z "$$snap" ]; then \
		rm -f out/browse/graph.json; \
		$(GO) run ./cmd/negograph build --neo4j-uri= --out out/browse $(SRC) || \
			{ [ -f out/browse/graph.json ] || exit 1; echo "browse: some inputs were skipped (listed above); browsing the rest"; }; \
		snap=out/browse/graph.json; \
	fi; \
	tools/neo4j/neo4j.sh down; \
	tools/neo4j/neo4j.sh up; \
	NEO4J_URI=bolt://127.0.0.1:$(NEO4J_PORT) NEO4J_USER=neo4j NEO4J_PASSWORD='$(NEO4J_PASSWORD)' \
		$(GO) run ./tools/neo4j/loadsnapshot "$$snap"; \
	echo; \
	echo "Neo4j Browser on the graph of $(SRC):"; \
	echo "  open      http://127.0.0.1:$(NEO4J_HTTP_PORT)/browser/"; \
	echo "  log in    Connect URL bolt://127.0.0.1:$(NEO4J_PORT), Authentication type: Username / Password,"; \
	echo "            Username neo4j, Password $(NEO4J_PASSWORD)"; \
	echo "  then      the style applies and a guide to the example queries opens (:play); Ctrl+Enter runs the editor"; \
	echo "  stop      make browse-down"

browse-down:
	NEO4J_STATE_DIR='$(BROWSE_STATE_DIR)' tools/neo4j/neo4j.sh down

# Go benchmarks of the hot functions, then `negograph bench` on a generated
# 10,000-article corpus (set NEGOGRAPH_NEO4J_URI and NEGOGRAPH_NEO4J_PASSWORD
# to an empty scratch database to measure the Neo4j loads too; bench refuses
# a database with data unless BENCH_FLAGS=--wipe, which deletes it all).
BENCH_FLAGS ?=
bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./extract/... ./internal/pipeline ./graph/...
	$(GO) run ./cmd/negograph bench --articles 10000 $(BENCH_FLAGS)

# Build and score the seed corpus when it is beside the checkout.
seeds:
	$(GO) run ./cmd/negograph build ../shared/corpus/seeds --out out/seeds
	$(GO) run ./cmd/negograph eval --gold ../shared/eval/gold-seeds.json --snapshot out/seeds/graph.json
