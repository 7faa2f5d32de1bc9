// Package filecap reads files only up to a size cap. Every file Footnote
// reads whole goes through it: the file is stat'ed first (anything but a
// regular file, such as a FIFO or a device, is refused before it is opened,
// so that reading never blocks on a writer that never comes), then read
// through a reader that stops one byte past the cap, so that a file that
// grows, or lies about its size, costs at most the cap in memory.
package filecap

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
)

// ErrTooLarge is wrapped by the error for a file over its cap.
var ErrTooLarge = errors.New("file too large")

// ErrNotRegular is wrapped by the error for a FIFO, a device, a socket or a
// directory.
var ErrNotRegular = errors.New("not a regular file")

// ReadFile reads the regular file at path (following symbolic links) if it
// holds at most max bytes. Errors are *fs.PathError naming path; a file
// over the cap wraps ErrTooLarge and names the cap.
func ReadFile(path string, max int64) ([]byte, error) {
	f, err := Open(path, max)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// ReadFS is ReadFile for a file of fsys.
func ReadFS(fsys fs.FS, name string, max int64) ([]byte, error) {
	f, err := OpenFS(fsys, name, max)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// Open opens the regular file at path for reading as a stream. Reading
// past max bytes fails with an error wrapping ErrTooLarge: a caller that
// reads to the end never sees a silently truncated file.
func Open(path string, max int64) (io.ReadCloser, error) {
	return open(path, max, os.Stat, func(name string) (fs.File, error) { return os.Open(name) })
}

// OpenFS is Open for a file of fsys.
func OpenFS(fsys fs.FS, name string, max int64) (io.ReadCloser, error) {
	return open(name, max, func(name string) (fs.FileInfo, error) { return fs.Stat(fsys, name) }, fsys.Open)
}

func open(name string, max int64, stat func(string) (fs.FileInfo, error), openFile func(string) (fs.File, error)) (io.ReadCloser, error) {
	// Stat (through any symlink) before opening: opening a FIFO would block
	// until something writes to it.
	info, err := stat(name)
	if err != nil {
		return nil, err
	}
	if err := check(name, info, max); err != nil {
		return nil, err
	}
	f, err := openFile(name)
	if err != nil {
		return nil, err
	}
	// The file may have been swapped between the two calls.
	if info, err = f.Stat(); err != nil {
		f.Close()
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	if err := check(name, info, max); err != nil {
		f.Close()
		return nil, err
	}
	return &capped{f: f, name: name, max: max, left: max}, nil
}

// check refuses what is not a regular file or says it is over max bytes.
func check(name string, info fs.FileInfo, max int64) error {
	if !info.Mode().IsRegular() {
		return &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("%w (%s)", ErrNotRegular, kind(info.Mode()))}
	}
	if info.Size() > max {
		return tooLarge(name, info.Size(), max)
	}
	return nil
}

// kind names a file type for a person.
func kind(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeDevice != 0:
		return "a device"
	default:
		return m.Type().String()
	}
}

func tooLarge(name string, size, max int64) error {
	if size > 0 {
		return &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("%w: %d bytes, over the %d-byte cap", ErrTooLarge, size, max)}
	}
	return &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("%w: over the %d-byte cap", ErrTooLarge, max)}
}

// capped reads a file and fails once it would yield more than max bytes.
type capped struct {
	f    fs.File
	name string
	max  int64
	left int64 // bytes still allowed; -1 once the cap is passed
}

func (c *capped) Read(p []byte) (int, error) {
	if c.left < 0 {
		return 0, tooLarge(c.name, 0, c.max)
	}
	// Ask for at most one byte past the cap: enough to see it is passed.
	if int64(len(p)) > c.left+1 {
		p = p[:c.left+1]
	}
	n, err := c.f.Read(p)
	c.left -= int64(n)
	if c.left < 0 {
		return n - 1, tooLarge(c.name, 0, c.max)
	}
	return n, err
}

func (c *capped) Close() error { return c.f.Close() }
