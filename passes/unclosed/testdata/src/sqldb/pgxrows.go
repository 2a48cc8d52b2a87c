package sqldb

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// pgx's Rows close themselves when Next returns false, as database/sql's
// do.
func okPgxLoopToEnd(ctx context.Context, conn *pgx.Conn) ([]int, error) {
	rows, err := conn.Query(ctx, "SELECT n FROM t")
	if err != nil {
		return nil, err
	}
	var ns []int
	for rows.Next() {
		var n int
		rows.Scan(&n)
		ns = append(ns, n)
	}
	return ns, rows.Err()
}

// A failed Scan closes them too.
func okPgxScanErrorInLoop(ctx context.Context, conn *pgx.Conn) ([]int, error) {
	rows, err := conn.Query(ctx, "SELECT n FROM t")
	if err != nil {
		return nil, err
	}
	var ns []int
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		ns = append(ns, n)
	}
	return ns, rows.Err()
}

// Any other return from inside the loop leaks them.
func leakPgxBreakOut(ctx context.Context, conn *pgx.Conn) (int, error) {
	rows, err := conn.Query(ctx, "SELECT n FROM t") // want `conn\.Query result rows is not closed on the path that returns at line 54`
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			return 0, err
		}
		if n > 10 {
			return n, nil
		}
	}
	return 0, rows.Err()
}
