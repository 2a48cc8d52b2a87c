// Package sqldb holds cases for database/sql: *sql.DB, *sql.Rows,
// *sql.Stmt and *sql.Conn.
package sqldb

import (
	"context"
	"database/sql"
	"errors"
)

// --- sql.Open

func leakOpenDBPingOnly(dsn string) error {
	db, err := sql.Open("postgres", dsn) // want `sql\.Open result db is never closed`
	if err != nil {
		return err
	}
	return db.Ping()
}

// a short-lived DB closed by defer.
func okOpenDBDeferClose(dsn string) error {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return err
	}
	defer db.Close()
	return db.Ping()
}

func leakOpenDBOnPingError(dsn string) (*sql.DB, error) {
	db, err := sql.Open("postgres", dsn) // want `sql\.Open result db is not closed on the path that returns at line 37`
	if err != nil {
		return nil, err
	}
	if err := db.Ping(); err != nil {
		return nil, err // leaking return
	}
	return db, nil
}

// constructor: close on ping failure, return the DB otherwise.
func okOpenDBConstructor(dsn string) (*sql.DB, error) {
	db, err := sql.Open("postgres", dsn)
	if err != nil {
		return nil, err
	}
	if err := db.Ping(); err != nil {
		db.Close()
		return nil, err
	}
	return db, nil
}

// --- db.Query: rows.Next() returning false closes the rows

// the loop runs to the end: Next's false result closes rows.
func okQueryLoopToEnd(db *sql.DB) ([]string, error) {
	rows, err := db.Query("SELECT name FROM t")
	if err != nil {
		return nil, err
	}
	var names []string
	for rows.Next() {
		var n string
		rows.Scan(&n)
		names = append(names, n)
	}
	return names, rows.Err()
}

// continue inside the loop does not leave it.
func okQueryContinue(db *sql.DB) (int, error) {
	rows, err := db.Query("SELECT n FROM t")
	if err != nil {
		return 0, err
	}
	sum := 0
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			continue
		}
		sum += n
	}
	return sum, rows.Err()
}

func leakQueryScanErrorInLoop(db *sql.DB) ([]int, error) {
	rows, err := db.Query("SELECT n FROM t") // want `db\.Query result rows is not closed on the path that returns at line 98`
	if err != nil {
		return nil, err
	}
	var ns []int
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			return nil, err // leaking return
		}
		ns = append(ns, n)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	return ns, rows.Err()
}

// close before the early return inside the loop.
func okQueryScanErrorInLoop(db *sql.DB) ([]int, error) {
	rows, err := db.Query("SELECT n FROM t")
	if err != nil {
		return nil, err
	}
	var ns []int
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			rows.Close()
			return nil, err
		}
		ns = append(ns, n)
	}
	if err := rows.Close(); err != nil {
		return nil, err
	}
	return ns, rows.Err()
}

// a deferred closure that closes the rows and keeps the error.
func okQueryDeferredClosure(db *sql.DB) (ns []int, err error) {
	rows, err := db.Query("SELECT n FROM t")
	if err != nil {
		return nil, err
	}
	defer func() {
		if cerr := rows.Close(); err == nil {
			err = cerr
		}
	}()
	for rows.Next() {
		var n int
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		ns = append(ns, n)
	}
	return ns, rows.Err()
}

// QueryRow returns a *sql.Row, which has no Close.
func okQueryRow(db *sql.DB) (string, error) {
	var n string
	err := db.QueryRow("SELECT name FROM t LIMIT 1").Scan(&n)
	return n, err
}

func leakQueryDiscarded(db *sql.DB) error {
	_, err := db.Query("DELETE FROM t") // want `db\.Query result is never closed`
	return err
}

// Exec for statements that return no rows.
func okExecInsteadOfQuery(db *sql.DB) error {
	_, err := db.Exec("DELETE FROM t")
	return err
}

// rows handed to the caller.
func okQueryReturned(db *sql.DB) (*sql.Rows, error) {
	return db.Query("SELECT name FROM t")
}

// plain Close on every path, its error kept.
func okQueryCloseEveryPath(db *sql.DB) (n int, err error) {
	rows, err := db.Query("SELECT count(*) FROM t")
	if err != nil {
		return 0, err
	}
	if !rows.Next() {
		err = rows.Close()
		return 0, errors.New("no rows")
	}
	err = rows.Scan(&n)
	if cerr := rows.Close(); err == nil {
		err = cerr
	}
	return n, err
}

// --- db.Prepare

func leakPrepare(db *sql.DB, ids []int) error {
	stmt, err := db.Prepare("DELETE FROM t WHERE id = ?") // want `db\.Prepare result stmt is never closed`
	if err != nil {
		return err
	}
	for _, id := range ids {
		if _, err := stmt.Exec(id); err != nil {
			return err
		}
	}
	return nil
}

// prepared statement closed by defer.
func okPrepareDeferClose(db *sql.DB, ids []int) error {
	stmt, err := db.Prepare("DELETE FROM t WHERE id = ?")
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, id := range ids {
		if _, err := stmt.Exec(id); err != nil {
			return err
		}
	}
	return nil
}

func leakStmtQueryInLoop(stmt *sql.Stmt, ids []int) error {
	for _, id := range ids {
		rows, err := stmt.Query(id) // want `stmt\.Query result rows is not closed before the next iteration of the loop`
		if err != nil {
			return err
		}
		if rows.Next() {
			continue
		}
		rows.Close()
	}
	return nil
}

// close the rows before moving on.
func okStmtQueryInLoop(stmt *sql.Stmt, ids []int) error {
	for _, id := range ids {
		rows, err := stmt.Query(id)
		if err != nil {
			return err
		}
		if rows.Next() {
			rows.Close()
			continue
		}
		rows.Close()
	}
	return nil
}

// --- transactions

// tx.Stmt's statement belongs to the transaction.
func okTxStmt(db *sql.DB, stmt *sql.Stmt) error {
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	if _, err := tx.Stmt(stmt).Exec(1); err != nil {
		return err
	}
	return tx.Commit()
}

// tx.StmtContext's statement belongs to the transaction too.
func okTxStmtContext(ctx context.Context, db *sql.DB, stmt *sql.Stmt) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	s := tx.StmtContext(ctx, stmt)
	if _, err := s.ExecContext(ctx, 1); err != nil {
		return err
	}
	return tx.Commit()
}

// --- db.Conn

func leakConn(ctx context.Context, db *sql.DB) error {
	conn, err := db.Conn(ctx) // want `db\.Conn result conn is never closed`
	if err != nil {
		return err
	}
	_, err = conn.ExecContext(ctx, "SET search_path = app")
	return err
}

// dedicated connection returned to the pool by Close.
func okConnDeferClose(ctx context.Context, db *sql.DB) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	_, err = conn.ExecContext(ctx, "SET search_path = app")
	return err
}
