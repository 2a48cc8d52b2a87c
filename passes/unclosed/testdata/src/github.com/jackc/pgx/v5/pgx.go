// Package pgx stands for github.com/jackc/pgx/v5: its Rows close
// themselves when Next returns false, or when Scan fails.
package pgx

import (
	"context"
	"errors"
)

type Rows interface {
	Close()
	Err() error
	Next() bool
	Scan(dest ...any) error
}

type Conn struct{ busy chan struct{} }

type baseRows struct {
	conn *Conn
	n    int
}

func (r *baseRows) Close()     { r.conn.busy <- struct{}{} }
func (r *baseRows) Err() error { return nil }
func (r *baseRows) Scan(dest ...any) error {
	if len(dest) == 0 {
		r.Close()
		return errors.New("no destination")
	}
	return nil
}
func (r *baseRows) Next() bool {
	if r.n--; r.n < 0 {
		r.Close()
		return false
	}
	return true
}

func (c *Conn) Query(ctx context.Context, sql string, args ...any) (Rows, error) {
	<-c.busy
	return &baseRows{conn: c, n: 3}, nil
}
