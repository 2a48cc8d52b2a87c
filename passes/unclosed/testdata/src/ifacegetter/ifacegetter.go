// Package ifacegetter calls through an interface of another package: the
// implementations there decide whether the caller owns the result.
package ifacegetter

import (
	"context"
	"os"

	"ifacegetter/cli"
)

func okGetter(c cli.Cli) string {
	return c.Client().RemoteAddr().String()
}

func leakOpened(c cli.Cli) (string, error) {
	f, err := c.OpenLog() // want `c\.OpenLog result f is never closed`
	if err != nil {
		return "", err
	}
	return f.Name(), nil
}

// provider is declared by its consumer: the implementations live in
// packages that import this one, so none is in sight.
type provider interface {
	Client() apiClient
	PollFD() *fd
	NewClient() apiClient
	Accept() (apiClient, error)
}

type apiClient interface {
	Close() error
	Ping() error
}

type fd struct{ f *os.File }

func (d *fd) Close() error { return d.f.Close() }
func (d *fd) Sysfd() int   { return int(d.f.Fd()) }

// A method named for the type it returns is a getter: what it returns
// belongs to the provider.
func okConsumerGetter(p provider) error {
	return p.Client().Ping()
}

func okConsumerGetterSuffix(p provider) int {
	return p.PollFD().Sysfd()
}

// A constructor's name starts with a verb, even when it ends with the
// type's name.
func leakConsumerConstructor(p provider) error {
	c := p.NewClient() // want `p\.NewClient result c is never closed`
	return c.Ping()
}

func leakConsumerAccept(p provider) error {
	c, err := p.Accept() // want `p\.Accept result c is never closed`
	if err != nil {
		return err
	}
	return c.Ping()
}

// current's implementation in this package hands out a field of a copy
// of its receiver: the receiver's, not the caller's.
type current interface {
	Current() apiClient
}

type realClient struct{ f *os.File }

func (c *realClient) Close() error { return c.f.Close() }
func (c *realClient) Ping() error  { return nil }

type fakeCLI struct{ *realClient }

func (c fakeCLI) Current() apiClient { return c.realClient }

func okValueReceiverField(p current) error {
	return p.Current().Ping()
}

// host's implementation in this package wraps another host and hands out
// what the wrapped host's getter hands out.
type host interface {
	Client() apiClient
	NewClient() apiClient
}

type routedHost struct{ host host }

func (h *routedHost) Client() apiClient    { return h.host.Client() }
func (h *routedHost) NewClient() apiClient { return h.host.NewClient() }

func okGetterWrapped(h host) error {
	return h.Client().Ping()
}

func leakConstructorWrapped(h host) error {
	c := h.NewClient() // want `h\.NewClient result c is never closed`
	return c.Ping()
}

func okWrappedGetter(h *routedHost) error {
	return h.Client().Ping()
}

func leakWrappedConstructor(h *routedHost) error {
	c := h.NewClient() // want `h\.NewClient result c is never closed`
	return c.Ping()
}

// hijacker's implementations hand over a connection they held: the
// caller owns what Hijack returns, as its name says, even though one
// implementation reads it from a field and the other wraps an
// implementation.
type hijacker interface {
	Hijack() (apiClient, error)
}

type response struct{ conn *realClient }

func (r *response) Hijack() (apiClient, error) { return r.conn, nil }

type controller struct{ rw any }

func (c *controller) Hijack() (apiClient, error) {
	if h, ok := c.rw.(hijacker); ok {
		return h.Hijack()
	}
	return nil, os.ErrInvalid
}

func leakHijacked(c *controller) error {
	conn, err := c.Hijack() // want `c\.Hijack result conn is never closed`
	if err != nil {
		return err
	}
	return conn.Ping()
}

// registry is declared by its consumer too. A method that is given only a
// name and cannot fail looks up what its implementation holds under that
// name; one whose name says it makes or opens, or that can fail, hands
// over a new one.
type registry interface {
	Service(name string) apiClient
	ServiceFor(ctx context.Context, name string) apiClient
	OpenService(name string) apiClient
	LoadService(name string) (apiClient, error)
	Dial(addr string) apiClient
}

func okLookedUp(r registry, name string) error {
	return r.Service(name).Ping()
}

func okLookedUpWithContext(ctx context.Context, r registry, name string) error {
	return r.ServiceFor(ctx, name).Ping()
}

func leakOpenedByName(r registry, name string) error {
	c := r.OpenService(name) // want `r\.OpenService result c is never closed`
	return c.Ping()
}

func leakLoadedByName(r registry, name string) error {
	c, err := r.LoadService(name) // want `r\.LoadService result c is never closed`
	if err != nil {
		return err
	}
	return c.Ping()
}

func leakDialedByAddress(r registry, addr string) error {
	c := r.Dial(addr) // want `r\.Dial result c is never closed`
	return c.Ping()
}
