// Command mainpkg owns its process: its goroutines are reported only with
// -unstoppable.main.
package main

import "time"

func main() {
	go func() { // want `goroutine runs a function literal whose loop at line 9 ranges over time.Tick\(time.Minute\) forever`
		for range time.Tick(time.Minute) {
			println("tick")
		}
	}()
	select {}
}
