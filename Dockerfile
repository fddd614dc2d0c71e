# negograph as a service: `negograph serve` keeping a Neo4j graph current.
# Built by docker-compose.yml (docker compose up -d --build); configure it
# with NEGOGRAPH_* environment variables (see README.md, "Keeping the graph
# current").
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o /out/negograph ./cmd/negograph

FROM debian:bookworm-slim
# ca-certificates for HTTPS feeds and pages, wget for the healthcheck,
# graphviz for `negograph export --format svg`.
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates wget graphviz \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /var/lib/negograph negograph \
 && mkdir -p /var/lib/negograph \
 && chown negograph /var/lib/negograph
COPY --from=build /out/negograph /usr/local/bin/negograph
USER negograph
ENV NEGOGRAPH_REFRESH_STATE_DIR=/var/lib/negograph \
    NEGOGRAPH_SERVE_ADDR=0.0.0.0:9464 \
    NEGOGRAPH_LOG_FORMAT=json
VOLUME /var/lib/negograph
EXPOSE 9464
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD wget -q -O /dev/null http://127.0.0.1:9464/healthz || exit 1
ENTRYPOINT ["negograph"]
CMD ["serve"]
