package main

import "fmt"

// settingError is a variable whose value can't be used; it exits with
// status 2. Var names the variable, Value is what it was set to (left empty
// for secrets: a key or token is never part of an error) and Reason says
// what is wanted.
type settingError struct {
	Var    string
	Value  string
	Reason string
}

func (e *settingError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("%s: %s", e.Var, e.Reason)
	}
	return fmt.Sprintf("%s=%q: %s", e.Var, e.Value, e.Reason)
}
