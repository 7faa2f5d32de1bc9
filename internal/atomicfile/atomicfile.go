// Package atomicfile writes files so that a reader, or a crash at any
// instant, sees either the old content or the new, never a partial file:
// the data goes to a temporary file in the same directory, is synced, and
// is renamed over the target.
package atomicfile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// ErrSymlink is wrapped by the error for a target that is a symbolic link.
// Writing through it would change a file elsewhere and replacing it would
// silently cut the link, so it is refused.
var ErrSymlink = errors.New("is a symbolic link")

// ErrNotRegular is wrapped by the error for a target that exists and is
// not a regular file (a directory, a FIFO, a device).
var ErrNotRegular = errors.New("is not a regular file")

// Write writes what write produces to path. A new file gets perm; a file
// that is replaced keeps its own permissions. Unless replace is set, an
// existing path fails with an error wrapping fs.ErrExist. If write or any
// later step fails, path is left as it was and the temporary file removed.
func Write(path string, perm fs.FileMode, replace bool, write func(io.Writer) error) (err error) {
	if info, err := os.Lstat(path); err == nil {
		switch {
		case info.Mode()&fs.ModeSymlink != 0:
			return &fs.PathError{Op: "write", Path: path, Err: ErrSymlink}
		case !info.Mode().IsRegular():
			return &fs.PathError{Op: "write", Path: path, Err: ErrNotRegular}
		case !replace:
			return &fs.PathError{Op: "write", Path: path, Err: fs.ErrExist}
		}
		perm = info.Mode().Perm()
	} else if !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("create a temporary file: %w", err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return err
	}
	if err := tmp.Chmod(perm); err != nil {
		return fmt.Errorf("set permissions: %w", err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("sync %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("close %s: %w", tmp.Name(), err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return err
	}
	return SyncDir(dir)
}

// SyncDir makes the creation, removal or renaming of an entry of dir durable.
func SyncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("sync %s: %w", dir, err)
	}
	return nil
}
