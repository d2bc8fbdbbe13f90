// The shell library's commands as one chunk of the node's worker (node-worker-bundle.ts). Its
// Node build (just-bash 3.4.2 dist/bundle/index.js) registers each command with a loader,
// `{name:"echo",load:async()=>(await import("./chunks/echo-PLLZYM2L.js")).echoCommand}`, so
// esbuild would make ninety lazy entries; code shared by different sets of them is split into
// as many chunks, and the worker's start then needed 33 files where it needed 11: on a static
// server over HTTP/1.1 (six connections a host) that is waves of requests before the first
// prompt. Here every such import asks one module instead, which re-exports each command file
// as a namespace: esbuild makes one lazy chunk of all the commands, loaded after the prompt
// (prefetch-chunks.ts). The loaders behind the library's `__BROWSER__` flag (tar, sqlite3,
// python3, js-exec: Node only, left out by its browser build and by this one) keep their own
// import, which that flag drops from the bundle.

/** The module every command loader imports (resolved by node-worker-bundle.ts). */
export const COMMAND_GROUP = 'ctrlab:shell-commands';

const LOADER_IMPORT = /import\("\.\/chunks\/([\w-]+)\.js"\)/g;
const NODE_ONLY = '(typeof __BROWSER__>"u"||!__BROWSER__)&&(';

/** The [start, end) ranges of the registrations the library makes only outside a browser. */
function nodeOnlyRanges(source: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (let at = source.indexOf(NODE_ONLY); at >= 0; at = source.indexOf(NODE_ONLY, at + 1)) {
    let depth = 0;
    let end = at + NODE_ONLY.length - 1;
    for (; end < source.length; end++) {
      if (source[end] === '(') depth++;
      else if (source[end] === ')' && --depth === 0) break;
    }
    ranges.push([at, end]);
  }
  return ranges;
}

interface CommandGroup {
  /** The library's entry with its command loaders pointed at the group. */
  code: string;
  /** The group module: each command file (in the library's chunks/ folder) as a namespace. */
  group: string;
  /** The command files in the group. */
  files: string[];
}

export function groupCommandLoaders(source: string): CommandGroup {
  const skip = nodeOnlyRanges(source);
  const files: string[] = [];
  const code = source.replace(LOADER_IMPORT, (whole: string, file: string, offset: number) => {
    if (!source.startsWith('load:async()=>(await ', offset - 'load:async()=>(await '.length)) return whole;
    if (skip.some(([from, to]) => offset > from && offset < to)) return whole;
    let index = files.indexOf(file);
    if (index < 0) index = files.push(file) - 1;
    return `import(${JSON.stringify(COMMAND_GROUP)}).then((m)=>m.c${index})`;
  });
  const group = files.map((file, i) => `export * as c${i} from "./chunks/${file}.js";`).join('');
  return { code, group, files };
}
