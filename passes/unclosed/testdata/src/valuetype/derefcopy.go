package valuetype

import "errors"

// body's Close is on *body; a struct that embeds a copy of it promotes
// that Close, and the copy is all that is left of what newBody made.
type stream struct{ id int }

func (s *stream) Close() error { return release() }

type body struct {
	str       *stream
	remaining int64
}

func newBody(str *stream) *body { return &body{str: str, remaining: -1} }

func (b *body) Read(p []byte) (int, error) { return 0, errors.New("eof") }

func (b *body) Close() error { return b.str.Close() }

type requestBody struct {
	body
	limit int64
}

func openStream() *stream { return &stream{id: 1} }

func newRequestBody(limit int64) *requestBody {
	return &requestBody{body: *newBody(openStream()), limit: limit}
}

func okCopiedIntoOwner() error {
	rb := newRequestBody(10)
	return rb.Close()
}

// A copy read while the original is still in hand is no hand-over.
func leakCopyRead() int64 {
	b := newBody(openStream()) // want `newBody result b is never closed`
	c := *b
	return c.remaining + b.remaining
}
