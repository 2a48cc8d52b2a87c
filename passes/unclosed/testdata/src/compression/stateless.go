package compression

import (
	"errors"
	"io"

	"github.com/klauspost/compress/zstd"
)

// zstd's coders made over no stream are for EncodeAll and DecodeAll, and
// hold nothing: klauspost/compress makes them once and never closes them.
var encoder, _ = zstd.NewWriter(nil)

func okCompressAll(src []byte) []byte {
	return encoder.EncodeAll(src, nil)
}

type segmentReader struct {
	dec *zstd.Decoder
	buf []byte
}

func (s *segmentReader) Close() { s.dec.Close() }

func okStatelessDecoder(check func() error) (*segmentReader, error) {
	dec, err := zstd.NewReader(nil)
	if err != nil {
		return nil, err
	}
	if err := check(); err != nil {
		return nil, err
	}
	return &segmentReader{dec: dec}, nil
}

func okStatelessEncoderDropped(src []byte) ([]byte, error) {
	enc, err := zstd.NewWriter(nil)
	if err != nil {
		return nil, err
	}
	if len(src) == 0 {
		return nil, errors.New("empty")
	}
	return enc.EncodeAll(src, nil), nil
}

// Made over a stream, a coder runs until it is closed.
func leakStreamDecoder(r io.Reader, check func() error) (*segmentReader, error) {
	dec, err := zstd.NewReader(r) // want `zstd.NewReader result dec is not closed on the path that returns at line 54`
	if err != nil {
		return nil, err
	}
	if err := check(); err != nil {
		return nil, err
	}
	return &segmentReader{dec: dec}, nil
}

func leakStreamEncoder(w io.Writer, src []byte) error {
	enc, err := zstd.NewWriter(w) // want `zstd.NewWriter result enc is never closed`
	if err != nil {
		return err
	}
	_, err = enc.Write(src)
	return err
}
