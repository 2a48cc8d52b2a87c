package compression

import (
	"bytes"
	"compress/gzip"
	"io"

	kgzip "github.com/klauspost/compress/gzip"
)

// A failed write gives up the output: its trailer is not wanted.
func okKlauspostWriterFailedWrite(data []byte, level int) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := kgzip.NewWriterLevel(&buf, level)
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func leakKlauspostWriterNeverClosed(data []byte, level int) ([]byte, error) {
	var buf bytes.Buffer
	zw, err := kgzip.NewWriterLevel(&buf, level) // want `kgzip\.NewWriterLevel result zw is never closed`
	if err != nil {
		return nil, err
	}
	if _, err := zw.Write(data); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// A writer made only to check the level has no output to finish.
func okLevelChecks(level int) error {
	if _, err := gzip.NewWriterLevel(io.Discard, level); err != nil {
		return err
	}
	_, err := kgzip.NewWriterLevel(io.Discard, level)
	return err
}
