# negograph developer tasks. `make test` is the test command of README.md and CI.
SHELL := /bin/bash
GO ?= go
NEO4J_PORT ?= 7687
NEO4J_PASSWORD ?= negograph-test
export NEO4J_PORT NEO4J_PASSWORD

.PHONY: build vet test neo4j-up neo4j-down bench seeds

build:
	$(GO) build ./...

# gofmt must have nothing to say, and go vet must pass.
vet:
	@unformatted="$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))"; \
	if [ -n "$$unformatted" ]; then echo "gofmt: not formatted:"; echo "$$unformatted"; exit 1; fi
	$(GO) vet ./...

neo4j-up:
	tools/neo4j/neo4j.sh up

neo4j-down:
	tools/neo4j/neo4j.sh down

# Runs every test, the Neo4j integration tests included. Without NEO4J_URI it
# starts the test server, points the tests at it and always stops it.
test:
	@if [ -n "$$NEO4J_URI" ]; then \
		$(GO) test -count=1 ./...; \
	else \
		trap 'tools/neo4j/neo4j.sh down' EXIT; \
		tools/neo4j/neo4j.sh up || exit 1; \
		NEO4J_URI=bolt://127.0.0.1:$(NEO4J_PORT) NEO4J_USER=neo4j $(GO) test -count=1 ./...; \
	fi

bench:
	$(GO) test -run='^$$' -bench=. -benchmem ./...

# Build and score the seed corpus when it is beside the checkout.
seeds:
	$(GO) run ./cmd/negograph build ../shared/corpus/seeds --out out/seeds
	$(GO) run ./cmd/negograph eval --gold ../shared/eval/gold-seeds.json --snapshot out/seeds/graph.json
