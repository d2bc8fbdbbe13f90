// The nerdctl release ctrlab emulates (pkg/version of v0.22.2): what `nerdctl version` and
// `nerdctl --version` print. Kept apart from nerdctl.ts so the version command needs no import
// of the root command that lists it.

/** pkg/version.Version of the release, as `nerdctl version` prints it (main.go strips the v for --version). */
export const NERDCTL_VERSION = 'v0.22.2';
/** The release commit (`Git commit:` in `nerdctl version`). */
export const NERDCTL_COMMIT = '2899222cb0715f1e5ffe356d10c3439ee8ee3ba4';
