package refresh

import "github.com/negograph/negograph/graph/neo4jstore"

// The database lock that keeps two refreshes apart is neo4jstore's
// (Loader.AcquireLock); these names keep its errors at hand for the
// callers of this package.

// ErrLocked is returned when another refresh holds the database's lock, or
// another process uses the state folder.
var ErrLocked = neo4jstore.ErrLocked

// ErrLockLost is returned when a pass finds, in a write transaction, that
// the database lock is no longer its own (its lease expired and another
// process took the lock over): the transaction is rolled back.
var ErrLockLost = neo4jstore.ErrLockLost

// LockedError says who holds the database's lock.
type LockedError = neo4jstore.LockedError
