// Package rowsmsg tests *sql.Rows whose only close is the implicit one of
// rows.Next() returning false: the report names the early return, or the
// return after a break, that leaks them.
package rowsmsg

import (
	"context"
	"database/sql"
)

func leakQueryReturnInLoop(db *sql.DB) ([]string, error) {
	rows, err := db.Query("SELECT name FROM t") // want `db\.Query result rows is not closed on the path that returns at line 20`
	if err != nil {
		return nil, err
	}
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err // leaking return
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

// defer rows.Close makes an early return safe.
func okQueryReturnInLoopDeferred(db *sql.DB) ([]string, error) {
	rows, err := db.Query("SELECT name FROM t")
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return nil, err
		}
		names = append(names, n)
	}
	return names, rows.Err()
}

func leakQueryBreak(db *sql.DB, want string) (bool, error) {
	rows, err := db.Query("SELECT name FROM t") // want `db\.Query result rows is not closed on the path that returns at line 59`
	if err != nil {
		return false, err
	}
	found := false
	for rows.Next() {
		var n string
		rows.Scan(&n)
		if n == want {
			found = true
			break
		}
	}
	return found, rows.Err() // leaking return
}

// break out of the loop, then close explicitly.
func okQueryBreakThenClose(db *sql.DB, want string) (bool, error) {
	rows, err := db.Query("SELECT name FROM t")
	if err != nil {
		return false, err
	}
	found := false
	for rows.Next() {
		var n string
		rows.Scan(&n)
		if n == want {
			found = true
			break
		}
	}
	if err := rows.Close(); err != nil {
		return false, err
	}
	return found, rows.Err()
}

func leakQuerySingleRow(ctx context.Context, db *sql.DB) (string, error) {
	rows, err := db.QueryContext(ctx, "SELECT name FROM t LIMIT 1") // want `db\.QueryContext result rows is not closed on the path that returns at line 91`
	if err != nil {
		return "", err
	}
	if rows.Next() {
		var n string
		err := rows.Scan(&n)
		return n, err // leaking return
	}
	return "", rows.Err()
}

// single row read with a deferred close.
func okQuerySingleRowDeferred(ctx context.Context, db *sql.DB) (string, error) {
	rows, err := db.QueryContext(ctx, "SELECT name FROM t LIMIT 1")
	if err != nil {
		return "", err
	}
	defer rows.Close()
	if rows.Next() {
		var n string
		err := rows.Scan(&n)
		return n, err
	}
	return "", rows.Err()
}

func leakTxQuery(tx *sql.Tx) (int, error) {
	rows, err := tx.Query("SELECT n FROM t") // want `tx\.Query result rows is not closed on the path that returns at line 119`
	if err != nil {
		return 0, err
	}
	n := 0
	for rows.Next() {
		if n > 10 {
			return n, nil // leaking return
		}
		n++
	}
	return n, rows.Err()
}

// close the rows of a transaction query too.
func okTxQuery(tx *sql.Tx) (int, error) {
	rows, err := tx.Query("SELECT n FROM t")
	if err != nil {
		return 0, err
	}
	defer rows.Close()
	n := 0
	for rows.Next() {
		if n > 10 {
			return n, nil
		}
		n++
	}
	return n, rows.Err()
}
