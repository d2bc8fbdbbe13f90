// A `~=` value is a Go (RE2) regular expression, compiled by containerd when the selector is
// first matched (filters/filter.go selector.Match). One that does not compile is logged by the
// daemon and matches nothing; ctr reports no error. This maps the RE2 forms a learner writes
// onto a JavaScript RegExp, and refuses what RE2 refuses but JavaScript would accept.

/** The compiled pattern, or undefined when Go's regexp.Compile would fail. */
export function compileGoRegexp(pattern: string): RegExp | undefined {
  // RE2 has no look-around and no back-references.
  if (/\(\?<?[=!]/.test(pattern) || /(^|[^\\])(\\\\)*\\[1-9]/.test(pattern)) return undefined;
  let source = pattern;
  let flags = '';
  // A leading flag group `(?i)`, `(?s)`, `(?m)`, `(?is)` applies to the whole pattern.
  const lead = /^\(\?([ims]+)\)/.exec(source);
  if (lead) {
    flags = [...new Set(lead[1])].join('');
    source = source.slice(lead[0].length);
  }
  source = source
    .replace(/\(\?P</g, '(?<')
    .replace(/\\A/g, '^')
    .replace(/\\z/g, '$(?![\\s\\S])');
  try {
    return new RegExp(source, flags);
  } catch {
    return undefined;
  }
}
