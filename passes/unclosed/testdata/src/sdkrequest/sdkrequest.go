// Package sdkrequest sends requests through a stand-in for the Azure
// SDK's pipeline, as its generated clients do.
package sdkrequest

import (
	"context"
	"io"
	"net/http"
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/azcore/runtime"
)

type client struct{ pl runtime.Pipeline }

func (c *client) getCreateRequest(ctx context.Context, url string) (*runtime.Request, error) {
	req, err := runtime.NewRequest(ctx, http.MethodGet, url)
	if err != nil {
		return nil, err
	}
	req.Raw().Header.Set("Accept", "application/json")
	return req, nil
}

// A request made without a body holds nothing the pipeline does not
// release when it sends it.
func (c *client) okGet(ctx context.Context, url string) ([]byte, error) {
	req, err := c.getCreateRequest(ctx, url)
	if err != nil {
		return nil, err
	}
	resp, err := c.pl.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	return io.ReadAll(resp.Body)
}

// The response it gets back is the caller's to close.
func (c *client) leakGetResponse(ctx context.Context, url string) (int, error) {
	req, err := runtime.NewRequest(ctx, http.MethodGet, url)
	if err != nil {
		return 0, err
	}
	resp, err := c.pl.Do(req) // want `c\.pl\.Do result resp\.Body is never closed`
	if err != nil {
		return 0, err
	}
	return resp.StatusCode, nil
}

// A request type of your own with the same Close is still a resource.
type request struct{ body io.ReadCloser }

func (r *request) Close() error { return r.body.Close() }

func newRequest(body io.ReadCloser) *request { return &request{body: body} }

func leakOwnRequest(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	r := newRequest(f) // want `newRequest result r is never closed`
	_ = r.body
	return nil
}
