package ctxsleep

import (
	"context"
	"errors"
	"testing"
	"time"
)

// A cancelled context ends the wait with its error, so a retry loop stops
// when its caller gives up instead of sleeping out its backoff.
func TestSleepStopsWithTheContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if err := Sleep(ctx, time.Hour); !errors.Is(err, context.Canceled) {
		t.Fatalf("Sleep with a cancelled context = %v, want context.Canceled", err)
	}
}

// A wait that runs its course returns nil.
func TestSleepReturnsNilWhenTheTimeIsUp(t *testing.T) {
	if err := Sleep(context.Background(), time.Millisecond); err != nil {
		t.Fatalf("Sleep = %v, want nil", err)
	}
}
