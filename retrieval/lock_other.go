//go:build !unix

package retrieval

// lockDir is a no-op where advisory locks are not available: one process
// per data directory there.
func lockDir(string) (func(), error) { return func() {}, nil }
