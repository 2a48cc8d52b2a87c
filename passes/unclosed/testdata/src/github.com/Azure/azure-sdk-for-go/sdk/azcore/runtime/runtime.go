// Package runtime stands for the Azure SDK's azcore/runtime: a request
// whose Close closes the body SetBody hands it, and a pipeline that sends
// it.
package runtime

import (
	"context"
	"io"
	"net/http"
)

type Request struct {
	req  *http.Request
	body io.ReadSeekCloser
}

func NewRequest(ctx context.Context, method, endpoint string) (*Request, error) {
	req, err := http.NewRequestWithContext(ctx, method, endpoint, nil)
	if err != nil {
		return nil, err
	}
	return &Request{req: req}, nil
}

func (r *Request) SetBody(body io.ReadSeekCloser) { r.body = body }

func (r *Request) Raw() *http.Request { return r.req }

// Close closes the request body.
func (r *Request) Close() error {
	if r.body == nil {
		return nil
	}
	return r.body.Close()
}

type Pipeline struct{ c *http.Client }

func (p Pipeline) Do(req *Request) (*http.Response, error) {
	if req.body != nil {
		req.req.Body = req.body
	}
	return p.c.Do(req.req)
}
