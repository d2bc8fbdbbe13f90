// The one error class the template engine throws: its message is exactly what Go's
// text/template error prints (`template: :1: unexpected "}" in operand`,
// `template: :1:2: executing "" at <.Foo>: can't evaluate field Foo in type …`).

export class GoTemplateError extends Error {
  override readonly name = 'GoTemplateError';
}

/** Thrown by a template function (builtin or caller's) for `error calling NAME: MESSAGE`. */
export class GoFuncError extends Error {}
