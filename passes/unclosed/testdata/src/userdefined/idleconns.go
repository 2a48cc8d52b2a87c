package userdefined

import (
	"net/http"
	"time"
)

// apiClient's Close only drops the idle connections of its http.Client,
// which has no Close of its own: nothing is left to give back.
type apiClient struct {
	http *http.Client
	base string
}

func newAPIClient(base string) *apiClient {
	return &apiClient{http: &http.Client{Transport: &http.Transport{}}, base: base}
}

func (c *apiClient) Close() error {
	c.http.CloseIdleConnections()
	return nil
}

func okIdleConnsOnly() string {
	c := newAPIClient("http://localhost")
	return c.base
}

// transportClient drops its transport's idle connections the same way.
type transportClient struct{ tr *http.Transport }

func newTransportClient() *transportClient {
	return &transportClient{tr: &http.Transport{IdleConnTimeout: time.Minute}}
}

func (c *transportClient) Close() {
	if c.tr != nil {
		c.tr.CloseIdleConnections()
	}
}

func okTransportIdleConnsOnly() *http.Transport {
	c := newTransportClient()
	return c.tr
}

// watchingClient's Close also stops the goroutine that watches the
// server.
type watchingClient struct {
	http *http.Client
	stop chan struct{}
}

func newWatchingClient() *watchingClient {
	c := &watchingClient{http: &http.Client{}, stop: make(chan struct{})}
	go func() { <-c.stop }()
	return c
}

func (c *watchingClient) Close() error {
	c.http.CloseIdleConnections()
	close(c.stop)
	return nil
}

func leakWatchingClient() *http.Client {
	c := newWatchingClient() // want `newWatchingClient result c is never closed`
	return c.http
}
