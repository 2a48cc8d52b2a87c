package loops

import "time"

// Examplesleeper is no example: go test wants an upper-case letter after
// Example.
func Examplesleeper() {
	go func() { // want `goroutine runs a function literal whose loop at line 9 never exits`
		for {
			time.Sleep(time.Second)
		}
	}()
}

// An example's helper is no example.
func sleeperForExample() {
	go func() { // want `goroutine runs a function literal whose loop at line 18 never exits`
		for {
			time.Sleep(time.Second)
		}
	}()
}
