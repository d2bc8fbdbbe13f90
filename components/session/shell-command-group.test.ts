// The shell library's command loaders pointed at one group module (shell-command-group.ts), on
// a registry shaped as just-bash 3.4.2's Node build writes it.

import { describe, expect, it } from 'vitest';
import { COMMAND_GROUP, groupCommandLoaders } from './shell-command-group';

const REGISTRY =
  'var un=[{name:"echo",load:async()=>(await import("./chunks/echo-PLLZYM2L.js")).echoCommand},' +
  '{name:"grep",load:async()=>(await import("./chunks/grep-5UPEO42U.js")).grepCommand},' +
  '{name:"fgrep",load:async()=>(await import("./chunks/grep-5UPEO42U.js")).fgrepCommand}];' +
  '(typeof __BROWSER__>"u"||!__BROWSER__)&&(un.push({name:"tar",load:async()=>(await import("./chunks/tar-6365WH6H.js")).tarCommand}));' +
  'if(n.coverage){let{emitFlagCoverage:s}=await import("./chunks/flag-coverage-I6UJUKQ4.js")}';

describe('groupCommandLoaders', () => {
  const grouped = groupCommandLoaders(REGISTRY);

  it('points each loader at the group, one namespace a command file', () => {
    expect(grouped.files).toEqual(['echo-PLLZYM2L', 'grep-5UPEO42U']);
    expect(grouped.code).toContain(`{name:"echo",load:async()=>(await import("${COMMAND_GROUP}").then((m)=>m.c0)).echoCommand}`);
    expect(grouped.code).toContain(`{name:"fgrep",load:async()=>(await import("${COMMAND_GROUP}").then((m)=>m.c1)).fgrepCommand}`);
    expect(grouped.group).toBe('export * as c0 from "./chunks/echo-PLLZYM2L.js";export * as c1 from "./chunks/grep-5UPEO42U.js";');
  });

  it('leaves the Node-only loaders and other imports as they were, for the flag to drop', () => {
    expect(grouped.code).toContain('(await import("./chunks/tar-6365WH6H.js")).tarCommand');
    expect(grouped.code).toContain('await import("./chunks/flag-coverage-I6UJUKQ4.js")');
    expect(grouped.group).not.toContain('tar-');
  });
});
