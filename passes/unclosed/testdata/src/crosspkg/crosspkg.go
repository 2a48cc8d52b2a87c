// Package crosspkg uses the resources of package helpers.
package crosspkg

import (
	"io"
	"os"

	"helpers"
)

func leakHelperDial(addr string) error {
	c, err := helpers.Dial(addr) // want `helpers\.Dial result c is never closed`
	if err != nil {
		return err
	}
	c.Send("hi")
	return nil
}

// a Conn from another package, closed.
func okHelperDial(addr string) error {
	c, err := helpers.Dial(addr)
	if err != nil {
		return err
	}
	defer c.Close()
	c.Send("hi")
	return nil
}

func leakOpenConfig(name string) ([]byte, error) {
	f, err := helpers.OpenConfig(name) // want `helpers\.OpenConfig result f is never closed`
	if err != nil {
		return nil, err
	}
	return io.ReadAll(f)
}

// a wrapped os.Open from another package, closed.
func okOpenConfig(name string) ([]byte, error) {
	f, err := helpers.OpenConfig(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(f)
}

// a shared Conn belongs to package helpers.
func okSharedNotOwned() {
	helpers.Shared().Send("hi")
}

// the registry's Conn belongs to the registry.
func okRegistryMainNotOwned(r *helpers.Registry) {
	c := r.Main()
	c.Send("hi")
}

// ownership handed to a registry method of another package.
func okRegistryAdd(r *helpers.Registry, addr string) error {
	c, err := helpers.Dial(addr)
	if err != nil {
		return err
	}
	r.Add(c)
	return nil
}

// deferred close through another package's helper.
func okDeferCloseQuietly(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer helpers.CloseQuietly(f)
	_, err = f.Stat()
	return err
}

// kept by another package until shutdown.
func okKeep(name string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	helpers.Keep(f)
	return nil
}

func leakOpenBothSecond(a, b string) error {
	fa, fb, err := helpers.OpenBoth(a, b) // want `helpers\.OpenBoth result fb is never closed`
	if err != nil {
		return err
	}
	_ = fb.Name()
	return fa.Close()
}

// both results of a two-file maker closed.
func okOpenBoth(a, b string) error {
	fa, fb, err := helpers.OpenBoth(a, b)
	if err != nil {
		return err
	}
	defer fa.Close()
	defer fb.Close()
	return nil
}

// helpers.Buffer's Close releases nothing: its fact says so.
func okImportedReleasesNothing() {
	b := helpers.NewBuffer()
	b.Write([]byte("hi"))
}

func okSharedThroughVariable() {
	helpers.SharedFunc().Send("hi")
}

func leakDialThroughVariable(addr string) {
	c, err := helpers.DialFunc(addr) // want `helpers\.DialFunc result c is never closed`
	if err != nil {
		return
	}
	c.Send("hi")
}

func leakHookSetElsewhere() {
	helpers.Hook().Send("hi") // want `helpers\.Hook result is never closed`
}

// helpers.NewResolver's Close runs only callbacks that do nothing.
func okResolverWithNoopHooks() string {
	r := helpers.NewResolver("test")
	r.BuildCallback("target")
	return "test:///"
}

func leakResolverThatNotifies(closed chan<- string) {
	r := helpers.NewNotifyingResolver(closed) // want `helpers\.NewNotifyingResolver result r is never closed`
	r.BuildCallback("target")
}

func leakResolverThatReleases() {
	r := helpers.NewReleasingResolver() // want `helpers\.NewReleasingResolver result r is never closed`
	r.BuildCallback("target")
}

// An instance of a generic type whose Close releases nothing.
func okImportedGenericReleasesNothing() int {
	r := helpers.NewRing[string](3)
	return r.Len()
}

// A chunk reader made with no state has nothing to close.
func okChunkReaderWithoutState(h *helpers.Head) error {
	r, err := h.ChunkRange(nil)
	if err != nil {
		return err
	}
	_ = r
	return nil
}

func leakChunkReaderWithState(h *helpers.Head) error {
	r, err := h.ChunkRange(h.State()) // want `h\.ChunkRange result r is never closed`
	if err != nil {
		return err
	}
	_ = r
	return nil
}
