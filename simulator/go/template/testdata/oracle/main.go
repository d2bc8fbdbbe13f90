// Oracle for the TypeScript text/template: runs each case of cases.json through Go's own
// text/template (go1.19, Debian bookworm's golang-go, the toolchain docker.io 20.10.24 and
// nerdctl were built with) and prints the recorded results as JSON.
//
//	cd simulator/go/template/testdata/oracle
//	python3 mkcases.py && go run . < cases.json > ../go1.19-results.json
//	python3 mkrandom.py && go run . < random-cases.json > ../go1.19-random-results.json
//	python3 mkgrammar.py && go run . < grammar-cases.json > ../go1.19-grammar-results.json
//
// (the *cases.json inputs are not kept: each result repeats its case)
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
	"text/tabwriter"
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
	T      string            `json:"t"`
	Data   json.RawMessage   `json:"data,omitempty"`
	Mode   string            `json:"mode,omitempty"`
	Funcs  string            `json:"funcs,omitempty"`
	Opt    string            `json:"opt,omitempty"`
	Rows   []json.RawMessage `json:"rows,omitempty"`
	Header map[string]string `json:"header,omitempty"`
	Indent *string           `json:"indent,omitempty"`
	Prefix string            `json:"prefix,omitempty"`
	NoHTML bool              `json:"nohtml,omitempty"`
}

// marshal: mode "marshal" encodes the decoded data with json.Marshal, json.MarshalIndent
// (indent set) or an Encoder with SetEscapeHTML(false) (nohtml set).
func marshal(c Case) (string, error) {
	var data interface{}
	if err := json.Unmarshal(c.Data, &data); err != nil {
		return "", err
	}
	if c.NoHTML {
		buf := &bytes.Buffer{}
		enc := json.NewEncoder(buf)
		enc.SetEscapeHTML(false)
		if c.Indent != nil {
			enc.SetIndent(c.Prefix, *c.Indent)
		}
		err := enc.Encode(data)
		return buf.String(), err
	}
	if c.Indent != nil {
		b, err := json.MarshalIndent(data, c.Prefix, *c.Indent)
		return string(b), err
	}
	b, err := json.Marshal(data)
	return string(b), err
}

// table: mode "table" formats rows as docker/cli's formatter.Context.Write does
// (cli/command/formatter/formatter.go@v20.10.24): "table" prefix cut, spaces trimmed, \t and
// \n expanded, each row executed and ended by a newline, then for tables the header (the
// template run with the header functions on the header map, errors ignored) and the rows
// through tabwriter.NewWriter(out, 10, 1, 3, ' ', 0).
func table(c Case) (string, error) {
	format := c.T
	isTable := strings.HasPrefix(format, "table")
	if isTable {
		format = format[len("table"):]
	}
	format = strings.Trim(format, " ")
	format = strings.NewReplacer(`\t`, "\t", `\n`, "\n").Replace(format)
	tmpl, err := template.New("").Funcs(dockerFuncs()).Parse(format)
	if err != nil {
		return "", fmt.Errorf("template parsing error: %w", err)
	}
	body := &bytes.Buffer{}
	for _, raw := range c.Rows {
		var row interface{}
		if err := json.Unmarshal(raw, &row); err != nil {
			return "", err
		}
		if err := tmpl.Execute(body, row); err != nil {
			return "", fmt.Errorf("template parsing error: %w", err)
		}
		body.WriteString("\n")
	}
	if !isTable {
		return body.String(), nil
	}
	out := &bytes.Buffer{}
	t := tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)
	head := &bytes.Buffer{}
	tmpl.Funcs(headerFuncs()).Execute(head, c.Header)
	head.WriteTo(t)
	t.Write([]byte("\n"))
	body.WriteTo(t)
	t.Flush()
	return out.String(), nil
}

func headerFuncs() template.FuncMap {
	same := func(v string) string { return v }
	return template.FuncMap{
		"json": same, "title": same, "lower": same, "upper": same,
		"split":    func(v string, _ string) string { return v },
		"join":     func(v string, _ string) string { return v },
		"truncate": func(v string, _ int) string { return v },
	}
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
	switch c.Mode {
	case "marshal":
		return marshal(c)
	case "table":
		return table(c)
	}
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
