// Go's text/template (go1.19, Debian bookworm's Go, which its docker.io 20.10.24 is built with) for the simulated
// tools' --format flags, checked byte for byte against Go itself (go-oracle.test.ts: 1,867
// recorded cases of output and error text).
//
// API
//   parseTemplate(text, { name?, funcs?, missingKey? }) → GoTemplate | throws GoTemplateError
//       = template.New(name).Funcs(funcs).Option("missingkey=…").Parse(text); messages are Go's:
//       `template: :1: function "foo" not defined`, `template: :1: bad character U+007D '}'`.
//   tmpl.execute(data) / execute(tmpl, data) → string | throws GoTemplateError
//       `template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type *pkg.T`.
//   tmpl.executePartial(data)   what Go had written when an error stopped it
//   tmpl.executeTemplate(name, data), tmpl.withFuncs(funcs), tmpl.withMissingKey(mode)
//   Data: plain JS values. integer → int, other number → float64, string, boolean, array →
//       []interface {}, plain object → struct (field order = key order), null → nil,
//       undefined → no value; function properties (own or on the prototype) are methods.
//       Markers: goStruct(obj, '*formatter.ContainerContext'), goMap(obj, 'map[string]string')
//       (sorted keys, missing key → <no value>), goSlice(arr, '[]string') (needed by `join`),
//       goFloat(n) (an integral float64), goNil('*types.Health', fields?) (typed nil),
//       goFunc(fn, 'func(string) string') (a func-typed field, for `call`), GoNamedString.
//   Funcs: plain JS functions (interface{} params) or { params: ['string', 'int'], variadic?,
//       fn } for Go's argument checks; a throw becomes `error calling NAME: MESSAGE`.
//   sprint / sprintf / sprintln / formatFloat: Go's fmt and strconv.FormatFloat.
//   Docker (docker-format.ts, docker/cli@v20.10.24): dockerTemplateFuncs (json split join title
//       lower upper pad truncate), dockerHeaderFuncs, parseDockerTemplate(format),
//       dockerPreFormat(format) → { isTable, text }, formatDockerRows({ format, rows, header,
//       tabwriter? }) → the whole output (`table` header row + tabwriter 10,1,3) | throws
//       GoTemplateError('template parsing error: …').
//   Inspect (inspect-fallback.ts): executeInspectTemplate(tmpl, typed, { keepPartial? }) — the
//       typed run, then docker's/nerdctl's raw JSON fallback (UseNumber, missingkey=error);
//       decodeJsonUseNumber(text).
//   JSON lives in ../json.ts: goJsonMarshal, goJsonMarshalIndent, goJsonEncode({escapeHTML}).

export { GoTemplateError, GoFuncError } from './errors';
export type { FuncMap, GoFuncDef, ParamType } from './builtins';
export type { MissingKey } from './exec';
export { sprint, sprintf, sprintln, formatFloat } from './fmt';
export { GoComplex, GoFloat, GoFuncValue, GoNamedString, GoNil, goFloat, goFunc, goMap, goNil, goSlice, goStruct } from './values';

export { GoTemplate, execute, parseTemplate, type ParseOptions } from './go-template';
export { dockerHeaderFuncs, dockerPreFormat, dockerTemplateFuncs, formatDockerRows, parseDockerTemplate } from './docker-format';
export { decodeJsonUseNumber, executeInspectTemplate } from './inspect-fallback';
