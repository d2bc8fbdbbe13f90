// An error raised while a word is expanded ($((1/0)), ${v?}, ${v:?msg}): busybox ash prints
// `sh: <message>` and a non-interactive shell exits with status 2 (sh-run.ts endOnError).

export class ShExpansionError extends Error {}
