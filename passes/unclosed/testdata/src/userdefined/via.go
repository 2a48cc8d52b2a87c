package userdefined

import (
	"io"
	"os"
	"sync"
)

// sourceReader's Close closes only the source it was made over: made
// over nothing, or over what needs no close, it holds nothing.
type sourceReader struct {
	src  io.ReadCloser
	read int
}

func newSourceReader(src io.ReadCloser) *sourceReader { return &sourceReader{src: src} }

func (r *sourceReader) Close() error {
	if r.src != nil {
		return r.src.Close()
	}
	return nil
}

func okSourceReaderOverNil() int {
	r := newSourceReader(nil)
	return r.read
}

func okSourceReaderOverMemory(b []byte) int {
	r := newSourceReader(newMemReader(b))
	return r.read
}

func leakSourceReaderOverFile(name string) (int, error) {
	f, err := os.Open(name)
	if err != nil {
		return 0, err
	}
	r := newSourceReader(f) // want `newSourceReader result r is never closed`
	return r.read, nil
}

// emptySourceReader makes one over nothing: its callers own nothing.
func emptySourceReader() *sourceReader { return &sourceReader{} }

func okEmptySourceReader() int {
	r := emptySourceReader()
	return r.read
}

// lateReader is given its source after it is made: one made over nothing
// may hold something by the time it should be closed.
type lateReader struct{ src io.ReadCloser }

func newLateReader(src io.ReadCloser) *lateReader { return &lateReader{src: src} }

func (r *lateReader) attach(src io.ReadCloser) { r.src = src }

func (r *lateReader) Close() error {
	if r.src != nil {
		return r.src.Close()
	}
	return nil
}

func leakLateReader(src io.ReadCloser) {
	r := newLateReader(nil) // want `newLateReader result r is never closed`
	r.attach(src)
}

var readersMu sync.Mutex

// lockedMemReader returns, through the variable that its defer makes it
// return by, a reader that needs no close.
func lockedMemReader(b []byte) io.ReadCloser {
	readersMu.Lock()
	defer readersMu.Unlock()
	return newMemReader(b)
}

func okLockedMemReader(b []byte) error {
	r := lockedMemReader(b)
	_, err := r.Read(nil)
	return err
}
