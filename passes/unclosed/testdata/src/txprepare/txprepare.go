// Package txprepare tests statements of a transaction: "The returned
// statement operates within the transaction and will be closed when the
// transaction has been committed or rolled back" (Tx.Prepare). Tx.Stmt
// makes a transaction-specific copy and leaves the original to its owner.
package txprepare

import (
	"context"
	"database/sql"
)

// a transaction's prepared statement is closed by Commit or Rollback.
func okTxPrepare(db *sql.DB, ids []int) error {
	tx, err := db.Begin()
	if err != nil {
		return err
	}
	defer tx.Rollback()
	stmt, err := tx.Prepare("DELETE FROM t WHERE id = ?")
	if err != nil {
		return err
	}
	for _, id := range ids {
		if _, err := stmt.Exec(id); err != nil {
			return err
		}
	}
	return tx.Commit()
}

// the same with PrepareContext.
func okTxPrepareContext(ctx context.Context, tx *sql.Tx, id int) error {
	stmt, err := tx.PrepareContext(ctx, "DELETE FROM t WHERE id = ?")
	if err != nil {
		return err
	}
	_, err = stmt.ExecContext(ctx, id)
	return err
}

func leakDBPrepareInTx(ctx context.Context, db *sql.DB, tx *sql.Tx, id int) error {
	stmt, err := db.PrepareContext(ctx, "DELETE FROM t WHERE id = ?") // want `db\.PrepareContext result stmt is never closed`
	if err != nil {
		return err
	}
	_, err = tx.StmtContext(ctx, stmt).ExecContext(ctx, id)
	return err
}

// the DB statement closed after the transaction used its copy.
func okDBPrepareInTx(ctx context.Context, db *sql.DB, tx *sql.Tx, id int) error {
	stmt, err := db.PrepareContext(ctx, "DELETE FROM t WHERE id = ?")
	if err != nil {
		return err
	}
	defer stmt.Close()
	_, err = tx.StmtContext(ctx, stmt).ExecContext(ctx, id)
	return err
}
