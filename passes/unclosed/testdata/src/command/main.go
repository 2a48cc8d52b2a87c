// Command command makes what it needs once, in main, and keeps it until
// the process ends: returning from main releases it.
package main

import (
	"bufio"
	"compress/gzip"
	"database/sql"
	"log"
	"net"
	"os"
)

type server struct{ db *sql.DB }

func main() {
	db, err := sql.Open("driver", "dsn")
	if err != nil {
		log.Fatal(err)
	}
	srv := &server{db: db}
	ln, err := net.Listen("tcp", ":8080")
	if err != nil {
		return
	}
	out := bufio.NewWriter(os.Stdout)
	logf, err := os.Create("log.gz")
	if err != nil {
		return
	}
	zw := gzip.NewWriter(logf) // want `gzip.NewWriter result zw is never closed`
	zw.Write([]byte("started\n"))
	for {
		conn, err := ln.Accept() // want `ln.Accept result conn is never closed`
		if err != nil {
			return
		}
		serve(srv, conn, out)
	}
}

func serve(srv *server, conn net.Conn, out *bufio.Writer) {
	f, err := os.Open("motd") // want `os.Open result f is never closed`
	if err != nil {
		return
	}
	buf := make([]byte, 64)
	n, _ := f.Read(buf)
	conn.Write(buf[:n])
	out.Flush()
	_ = srv
}
