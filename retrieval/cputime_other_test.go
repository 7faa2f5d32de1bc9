//go:build !unix

package retrieval

import "time"

// cpuTime is unknown here.
func cpuTime() time.Duration { return 0 }
