// Oracle for the TypeScript text/template: runs each case of cases.json through Go's own
// text/template (go1.19, Debian bookworm's golang-go, the toolchain docker.io 20.10.24 and
// nerdctl were built with) and prints the recorded results as JSON.
//
//	cd simulator/go/template/testdata/oracle && go run . < cases.json > ../go1.19-results.json
//
// Data modes: "json" decodes the case's data with encoding/json into interface{} (maps,
// float64); "struct" executes on the fixed value S below (TypeScript mirrors it in the test).
// Funcs: "docker" adds docker/cli's basic template functions, written here from their
// documented behaviour.
package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"text/template"
)

type Inner struct {
	Name string
	N    int
}

func (i Inner) Hello(who string) string { return "hello " + who + " from " + i.Name }

type S struct {
	ID     string
	Names  []string
	Count  int
	F      float64
	Inner  Inner
	P      *Inner
	NilP   *Inner
	M      map[string]string
	Empty  map[string]int
	Any    interface{}
	L      []interface{}
	B      bool
	Nil    []string
	Fn     func(string) string
	Ints   []int
}

func (s *S) Upper() string         { return strings.ToUpper(s.ID) }
func (s *S) Label(k string) string { return s.M[k] }
func (s *S) Fail() (string, error) { return "", fmt.Errorf("it failed") }

func fixture() *S {
	return &S{
		ID: "abc123", Names: []string{"web", "db"}, Count: 3, F: 1.5,
		Inner: Inner{"in", 7}, P: &Inner{"ptr", 9},
		M:   map[string]string{"b": "2", "a": "1", "com.example": "x"},
		Any: "any", L: []interface{}{"x", 2.0, true, nil}, B: true,
		Empty: map[string]int{},
		Fn:    func(s string) string { return "fn:" + s },
		Ints:  []int{3, 1, 2},
	}
}

type Case struct {
	T     string          `json:"t"`
	Data  json.RawMessage `json:"data,omitempty"`
	Mode  string          `json:"mode,omitempty"`
	Funcs string          `json:"funcs,omitempty"`
	Opt   string          `json:"opt,omitempty"`
}

type Result struct {
	Case
	Out *string `json:"out,omitempty"`
	Err *string `json:"err,omitempty"`
}

func dockerFuncs() template.FuncMap {
	return template.FuncMap{
		"json": func(v interface{}) string {
			buf := &bytes.Buffer{}
			enc := json.NewEncoder(buf)
			enc.SetEscapeHTML(false)
			enc.Encode(v)
			return strings.TrimSpace(buf.String())
		},
		"split": strings.Split,
		"join":  strings.Join,
		"title": strings.Title,
		"lower": strings.ToLower,
		"upper": strings.ToUpper,
		"pad": func(s string, a, b int) string {
			if s == "" {
				return s
			}
			return strings.Repeat(" ", a) + s + strings.Repeat(" ", b)
		},
		"truncate": func(s string, n int) string {
			if len(s) < n {
				return s
			}
			return s[:n]
		},
	}
}

func run(c Case) (out string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("PANIC %v", r)
		}
	}()
	t := template.New("")
	if c.Funcs == "docker" {
		t = t.Funcs(dockerFuncs())
	}
	if c.Opt != "" {
		t = t.Option(c.Opt)
	}
	t, err = t.Parse(c.T)
	if err != nil {
		return "", err
	}
	var data interface{}
	if c.Mode == "struct" {
		data = fixture()
	} else if len(c.Data) > 0 {
		if err := json.Unmarshal(c.Data, &data); err != nil {
			return "", fmt.Errorf("bad case data: %v", err)
		}
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, data)
	return buf.String(), err
}

func main() {
	var cases []Case
	if err := json.NewDecoder(os.Stdin).Decode(&cases); err != nil {
		panic(err)
	}
	results := make([]Result, 0, len(cases))
	for _, c := range cases {
		out, err := run(c)
		r := Result{Case: c}
		if err != nil {
			s := err.Error()
			r.Err = &s
			if out != "" {
				r.Out = &out
			}
		} else {
			r.Out = &out
		}
		results = append(results, r)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	enc.Encode(results)
}
