package filecap

import (
	"bytes"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
)

func TestReadFileUnderTheCap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.txt")
	if err := os.WriteFile(path, []byte("twelve bytes"), 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := ReadFile(path, 12)
	if err != nil || string(got) != "twelve bytes" {
		t.Fatalf("ReadFile at the cap = %q, %v", got, err)
	}
}

func TestReadFileOverTheCapNamesFileAndCap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, bytes.Repeat([]byte("x"), 13), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ReadFile(path, 12)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "12-byte cap") {
		t.Fatalf("err = %v, want ErrTooLarge naming %s and the 12-byte cap", err, path)
	}
}

func TestReadFileRefusesAFIFOWithoutBlocking(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(path, 0o644); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	// Opening a FIFO with no writer blocks: a hang here is the failure.
	_, err := ReadFile(path, 1<<20)
	if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "named pipe") || !strings.Contains(err.Error(), path) {
		t.Fatalf("err = %v, want ErrNotRegular naming the pipe", err)
	}
}

func TestReadFileRefusesADevice(t *testing.T) {
	_, err := ReadFile("/dev/zero", 1<<20)
	if errors.Is(err, fs.ErrNotExist) {
		t.Skip("no /dev/zero")
	}
	if !errors.Is(err, ErrNotRegular) {
		t.Fatalf("err = %v, want ErrNotRegular", err)
	}
}

func TestReadFileRefusesADirectory(t *testing.T) {
	_, err := ReadFile(t.TempDir(), 1<<20)
	if !errors.Is(err, ErrNotRegular) || !strings.Contains(err.Error(), "directory") {
		t.Fatalf("err = %v, want ErrNotRegular for a directory", err)
	}
}

// liar is a file system whose one file says it is small and is not.
type liar struct{ fstest.MapFS }

func (l liar) Open(name string) (fs.File, error) {
	f, err := l.MapFS.Open(name)
	if err != nil {
		return nil, err
	}
	return liarFile{f}, nil
}

type liarFile struct{ fs.File }

// Read never ends: the file grows while it is read.
func (liarFile) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'z'
	}
	return len(p), nil
}

func TestReadFSStopsAFileThatGrows(t *testing.T) {
	fsys := liar{fstest.MapFS{"small.md": {Data: []byte("tiny")}}}
	got, err := ReadFS(fsys, "small.md", 1000)
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "small.md") {
		t.Fatalf("err = %v, want ErrTooLarge naming small.md", err)
	}
	if len(got) > 1000 {
		t.Errorf("read %d bytes past a 1000-byte cap", len(got))
	}
}

func TestOpenStreamsAndFailsPastTheCap(t *testing.T) {
	path := filepath.Join(t.TempDir(), "lines.jsonl")
	if err := os.WriteFile(path, []byte(strings.Repeat("line\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := Open(path, 500)
	if err != nil {
		t.Fatal(err)
	}
	data, err := io.ReadAll(f)
	f.Close()
	if err != nil || len(data) != 500 {
		t.Fatalf("500 bytes at a 500-byte cap: read %d, %v", len(data), err)
	}
	if _, err := Open(path, 499); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Open over the cap: %v, want ErrTooLarge", err)
	}
}
