// Fixes a hang in the shell library's arithmetic parser (just-bash 3.4.2, the newest published;
// run by `postinstall`, and safe to run again), and makes it report bookworm's bash version.
//
// parseArithPostfix (upstream src/parser/arithmetic-parser.ts, vercel-labs/just-bash) reads
// adjacent primaries while the next character is `$` or a backquote:
//
//     while (canStartConcatPrimary(input, currentPos)) {
//       const { expr: nextExpr, pos: nextPos } = parseArithPrimary(p, input, currentPos);
//       parts.push(nextExpr);
//       currentPos = nextPos;
//     }
//
// A `$` that starts no expansion (`$((1+$x`, `$(( $ ))`, `$(($]))`, `(( $] ))`, `${x:$]}`,
// `x='$]'; echo $((x))`) makes parseArithPrimary return the same position, so the loop never
// ends and the array grows until the process runs out of memory. The patch stops the loop when
// a primary consumed nothing (`if (nextPos <= currentPos) break;`), which is what the upstream
// fix would be. Every copy of the parser in the package is patched: the Node entries (ESM and
// CJS), the browser entry the site bundles, and the package's own CLI bundles.
//
// The script fails loudly when it finds neither the loop nor the patched loop, so a library
// upgrade cannot silently drop the fix (check whether upstream fixed it, then remove this).

import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const MARK = '/*ctrlab:arith-progress*/';
const FILES = ['dist/bundle/index.js', 'dist/bundle/index.cjs', 'dist/bundle/browser.js', 'dist/bin/just-bash.js', 'dist/bin/shell/shell.js'];
// for(;isConcat(input,pos);){let{expr:a,pos:l}=primary(p,input,pos,!0);parts.push(a),pos=l}
const LOOP =
  /(for\(;[\w$]+\([\w$]+,([\w$]+)\);\)\{let\{expr:[\w$]+,pos:([\w$]+)\}=[\w$]+\([\w$]+,[\w$]+,\2,!0\);)([\w$]+\.push\([\w$]+\),\2=\3\})/g;

function packageRoot() {
  // The package's exports hide package.json; its main entry sits at dist/bundle/index.js.
  return join(dirname(require.resolve('just-bash')), '..', '..');
}

export function patchSource(source) {
  const version = patchBashVersion(source);
  if (version.includes(MARK)) return { source: version, changed: version !== source };
  const matches = [...version.matchAll(LOOP)];
  if (matches.length !== 1) return { source, changed: false, error: `found ${matches.length} candidate loops` };
  const patched = version.replace(LOOP, (_all, head, pos, next, tail) => `${head}${MARK}if(${next}<=${pos})break;${tail}`);
  return { source: patched, changed: true };
}

// The bash the library says it is ($BASH_VERSION, a constant it sets itself, not a variable a
// script may assign) is 5.1.0; node1 runs bookworm's bash 5.2.15. Only whole quoted literals
// are replaced, so running this again changes nothing.
const LIBRARY_BASH_VERSION = '"5.1.0(1)-release"';
const NODE_BASH_VERSION = '"5.2.15(1)-release"';

function patchBashVersion(source) {
  return source.split(LIBRARY_BASH_VERSION).join(NODE_BASH_VERSION);
}

function main() {
  const root = packageRoot();
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  let failed = false;
  for (const file of FILES) {
    const path = join(root, file);
    if (!existsSync(path)) continue;
    const result = patchSource(readFileSync(path, 'utf8'));
    if (result.error) {
      failed = true;
      console.error(`patch-just-bash: just-bash ${version} ${file}: ${result.error}; the arithmetic-parser fix no longer applies`);
    } else if (result.changed) {
      writeFileSync(path, result.source);
      console.log(`patch-just-bash: patched ${file}`);
    }
  }
  if (failed) process.exit(1);
}

main();
