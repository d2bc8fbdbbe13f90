// The words every GNU coreutils 9.1 program shares: the hint after a usage error, the end of
// --help and the --version text. One place, so each program states only what is its own.

/** The line after a usage error: `Try 'sleep --help' for more information.` */
export function tryHelp(program: string): string {
  return `Try '${program} --help' for more information.\n`;
}

/** The lines that end every coreutils --help. */
export function helpFooter(program: string): string {
  return `
GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/${program}>
or available locally via: info '(coreutils) ${program} invocation'
`;
}

/** `program --version` of coreutils 9.1 on Debian bookworm. */
export function versionText(program: string, writtenBy: string): string {
  return `${program} (GNU coreutils) 9.1
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by ${writtenBy}.
`;
}
