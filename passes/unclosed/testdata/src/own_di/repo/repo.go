// Package repo holds repositories built on a shared *sql.DB that their
// constructors are given (dependency injection): they keep it, and their
// Close leaves it to whoever made it.
package repo

import (
	"context"
	"database/sql"
)

// Repo keeps the injected db and a statement it prepares itself.
type Repo struct {
	db   *sql.DB
	stmt *sql.Stmt
}

// a statement prepared by the constructor, closed by Close.
func NewRepo(ctx context.Context, db *sql.DB) (*Repo, error) {
	stmt, err := db.PrepareContext(ctx, "SELECT name FROM users WHERE id = $1")
	if err != nil {
		return nil, err
	}
	return &Repo{db: db, stmt: stmt}, nil
}

func (r *Repo) Ping(ctx context.Context) error { return r.db.PingContext(ctx) }

// Close closes the statement and leaves the shared db alone.
func (r *Repo) Close() error { return r.stmt.Close() }

// Orders keeps the injected db and has no teardown.
type Orders struct{ db *sql.DB }

// NewOrders keeps db.
func NewOrders(db *sql.DB) *Orders { return &Orders{db: db} }

func (o *Orders) Count(ctx context.Context) (n int, err error) {
	err = o.db.QueryRowContext(ctx, "SELECT count(*) FROM orders").Scan(&n)
	return n, err
}

// Forgetful prepares a statement and its Close forgets it.
type Forgetful struct {
	db   *sql.DB
	stmt *sql.Stmt
}

func NewForgetful(db *sql.DB) (*Forgetful, error) {
	stmt, err := db.Prepare("SELECT 1") // want `db\.Prepare result stmt is stored in Forgetful\.stmt, but \(\*Forgetful\)\.Close never closes it`
	if err != nil {
		return nil, err
	}
	return &Forgetful{db: db, stmt: stmt}, nil
}

func (f *Forgetful) Close() error { return nil }
