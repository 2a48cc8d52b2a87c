// Package own_di wires a shared *sql.DB into repositories of package repo:
// the db belongs to the function that opened it, and is closed there.
package own_di

import (
	"context"
	"database/sql"
	"log"

	"own_di/repo"
)

// the main-like owner defers db.Close and hands db to two repositories.
func run(ctx context.Context, dsn string) error {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	r, err := repo.NewRepo(ctx, db)
	if err != nil {
		return err
	}
	defer r.Close()
	o := repo.NewOrders(db)
	if _, err := o.Count(ctx); err != nil {
		return err
	}
	return r.Ping(ctx)
}

// main with log.Fatal on the error paths, closing the db at the end.
func main() {
	ctx := context.Background()
	db, err := sql.Open("postgres", "")
	if err != nil {
		log.Fatal(err)
	}
	defer db.Close()
	r, err := repo.NewRepo(ctx, db)
	if err != nil {
		log.Fatal(err)
	}
	defer r.Close()
	if err := r.Ping(ctx); err != nil {
		log.Fatal(err)
	}
}

// App wires its repositories; its Close closes them and the db.
type App struct {
	db     *sql.DB
	repo   *repo.Repo
	orders *repo.Orders
}

// the app closes the db it opened, after the repositories.
func NewApp(ctx context.Context, dsn string) (*App, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	r, err := repo.NewRepo(ctx, db)
	if err != nil {
		db.Close()
		return nil, err
	}
	return &App{db: db, repo: r, orders: repo.NewOrders(db)}, nil
}

func (a *App) Close() error {
	a.repo.Close()
	return a.db.Close()
}

func leakNobodyClosesDB(ctx context.Context, dsn string) (*repo.Repo, error) {
	db, err := sql.Open("postgres", dsn) // want `sql\.Open result db is handed to repo\.NewRepo, which keeps it in Repo\.db, but \(\*Repo\)\.Close never closes that field`
	if err != nil {
		return nil, err
	}
	return repo.NewRepo(ctx, db)
}

func leakOrdersOnly(dsn string) *repo.Orders {
	db, err := sql.Open("postgres", dsn) // want `sql\.Open result db is handed to repo\.NewOrders, which keeps it in Orders\.db, but Orders has no Close, Stop or Shutdown method`
	if err != nil {
		return nil
	}
	return repo.NewOrders(db)
}

func leakRepoItself(ctx context.Context, db *sql.DB) error {
	r, err := repo.NewRepo(ctx, db) // want `repo\.NewRepo result r is never closed`
	if err != nil {
		return err
	}
	return r.Ping(ctx)
}

func leakClosedOnlyOnError(ctx context.Context, dsn string) (*repo.Repo, error) {
	db, err := sql.Open("postgres", dsn) // want `sql\.Open result db is not closed on the path that returns at line 110`
	if err != nil {
		return nil, err
	}
	r, err := repo.NewRepo(ctx, db)
	if err != nil {
		db.Close()
		return nil, err
	}
	return r, nil
}
