package neo4jstore

import (
	"errors"
	"io"
	"net"
	"syscall"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Retryable reports whether err is a failure of the connection to Neo4j or
// a transient database error, which a later try may not meet (the server
// restarting, a leader switch, a deadlock, a database not started yet).
// Other errors — a refused query, missing rights, invalid data — come back
// the same on every try.
func Retryable(err error) bool {
	var ne net.Error
	// The driver's Is* helpers assert the type without unwrapping.
	var ce *neo4j.ConnectivityError
	var tl *neo4j.TransactionExecutionLimit
	switch {
	case errors.As(err, &ce), errors.As(err, &tl), neo4j.IsRetryable(err):
		return true
	case errors.As(err, &ne):
		return true
	case errors.Is(err, syscall.ECONNREFUSED), errors.Is(err, syscall.ECONNRESET), errors.Is(err, syscall.EPIPE),
		errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return true
	}
	var n4 *neo4j.Neo4jError
	if errors.As(err, &n4) {
		return n4.Classification() == "TransientError" || n4.Code == "Neo.ClientError.Cluster.NotALeader" ||
			n4.Code == "Neo.ClientError.Database.DatabaseNotFound"
	}
	return false
}
