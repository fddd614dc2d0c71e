# negograph developer tasks. `make test` is the test command of README.md and CI.
SHELL := /bin/bash
GO ?= go
NEO4J_PORT ?= 7687
NEO4J_PASSWORD ?= negograph-test
export NEO4J_PORT NEO4J_PASSWORD

# Go files to check with gofmt: every one in the tree, tracked or not, except
# build output and local state.
GOFILES = $$(find . -name '*.go' -not -path './.git/*' -not -path './out/*' -not -path './.neo4j/*' -not -path './tools/neo4j/target/*')

.PHONY: build vet test neo4j-up neo4j-down neo4j-status bench seeds

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

# The test Neo4j 5.26 server (Maven Central jars, see tools/neo4j/neo4j.sh).
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
RACE_TESTS = ^(TestTwoRefreshesNeverRunAtOnce|TestLockFencingToken|TestExpiredPassCannotCommitOverANewerOne|TestAnalysisPanicIsAnErrorForThatArticle|TestInterruptedPassLeavesNothingHalfDone|TestRunStopsOnCancel|TestAPanickingPassDoesNotStopServe)$$
test:
	@if [ -n "$$NEO4J_URI" ]; then \
		$(GO) test -count=1 ./... && $(GO) test -race -count=1 -run '$(RACE_TESTS)' ./internal/refresh ./internal/serve ./graph/neo4jstore; \
	else \
		trap 'tools/neo4j/neo4j.sh down' EXIT; \
		tools/neo4j/neo4j.sh up || exit 1; \
		export NEO4J_URI=bolt://127.0.0.1:$(NEO4J_PORT) NEO4J_USER=neo4j NEO4J_PASSWORD='$(NEO4J_PASSWORD)'; \
		$(GO) test -count=1 ./... && $(GO) test -race -count=1 -run '$(RACE_TESTS)' ./internal/refresh ./internal/serve ./graph/neo4jstore; status=$$?; \
		exit $$status; \
	fi

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
