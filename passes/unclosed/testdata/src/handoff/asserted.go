package handoff

import (
	"io"
	"os"
)

// A log writer keeps what it writes to, and the same value asserted to an
// io.Closer, which its Close closes.
type logWriter struct {
	w io.Writer
	c io.Closer
}

func newLogWriter(w io.Writer) *logWriter {
	c, _ := w.(io.Closer)
	return &logWriter{w: w, c: c}
}

func (l *logWriter) Write(p []byte) (int, error) { return l.w.Write(p) }

func (l *logWriter) Close() error {
	if l.c != nil {
		return l.c.Close()
	}
	return nil
}

func okClosedThroughAssertedField(name string) (*logWriter, error) {
	f, err := os.Create(name)
	if err != nil {
		return nil, err
	}
	return newLogWriter(f), nil
}

// A writer that keeps the value asserted to what it only flushes.
type flusher interface{ Flush() error }

type bufWriter struct {
	w io.Writer
	f flusher
}

func newBufWriter(w io.Writer) *bufWriter {
	f, _ := w.(flusher)
	return &bufWriter{w: w, f: f}
}

func (b *bufWriter) Close() error {
	if b.f != nil {
		return b.f.Flush()
	}
	return nil
}

func leakKeptThroughFlusher(name string) (*bufWriter, error) {
	f, err := os.Create(name) // want `os\.Create result f is handed to newBufWriter, which keeps it in bufWriter\.w, but \(\*bufWriter\)\.Close never closes that field`
	if err != nil {
		return nil, err
	}
	return newBufWriter(f), nil
}
