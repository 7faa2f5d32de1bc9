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
func Open(path string, max int64) (*File, error) {
	return open(path, max, os.Stat, func(name string) (fs.File, error) { return os.Open(name) })
}

// OpenFS is Open for a file of fsys.
func OpenFS(fsys fs.FS, name string, max int64) (*File, error) {
	return open(name, max, func(name string) (fs.FileInfo, error) { return fs.Stat(fsys, name) }, fsys.Open)
}

func open(name string, max int64, stat func(string) (fs.FileInfo, error), openFile func(string) (fs.File, error)) (*File, error) {
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
	return &File{f: f, name: name, max: max}, nil
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

// File is an open file that fails once read past its cap.
type File struct {
	f    fs.File
	name string
	max  int64
	pos  int64 // the offset of the next read
}

// Read reads from the file; reading past the cap fails with an error
// wrapping ErrTooLarge.
func (c *File) Read(p []byte) (int, error) {
	left := c.max - c.pos
	if left < 0 {
		return 0, tooLarge(c.name, 0, c.max)
	}
	// Ask for at most one byte past the cap: enough to see it is passed.
	if int64(len(p)) > left+1 {
		p = p[:left+1]
	}
	n, err := c.f.Read(p)
	c.pos += int64(n)
	if c.pos > c.max {
		return n - 1, tooLarge(c.name, 0, c.max)
	}
	return n, err
}

// Seek sets the offset of the next read, as io.Seeker; the cap applies to
// the offset.
func (c *File) Seek(offset int64, whence int) (int64, error) {
	s, ok := c.f.(io.Seeker)
	if !ok {
		return c.pos, &fs.PathError{Op: "seek", Path: c.name, Err: errors.ErrUnsupported}
	}
	pos, err := s.Seek(offset, whence)
	if err == nil {
		c.pos = pos
	}
	return pos, err
}

// Close closes the file.
func (c *File) Close() error { return c.f.Close() }
