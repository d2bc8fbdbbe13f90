// The urfave/cli v1 runner's old address: ctr and the tool registry's test import it from here.
// The runner lives in urfave-v1/app.ts beside the other dialects; new code imports run-cli.ts.

export { helpFor, runApp, type RunAppOptions, UsageError } from './urfave-v1/app';
