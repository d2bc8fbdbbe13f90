// The local driver's check of a volume's options at create (moby 20.10 volume/local/local_unix.go
// validateOpts): only type, o, device and size are known; size needs quota support this
// node's backing filesystem lacks (a real 20.10.24 on overlayfs says so); type and device come
// together, and o needs both. Each error is the create's: `create <name>: <why>`.

import { invalidParameter } from '../errors';

const VALID = new Set(['type', 'o', 'device', 'size']);
const MANDATORY: Record<string, string[]> = { device: ['type'], type: ['device'], o: ['device', 'type'] };

export function checkLocalOptions(name: string, options: Readonly<Record<string, string>>): void {
  const keys = Object.keys(options);
  if (keys.length === 0) return;
  const fail = (why: string) => invalidParameter(`create ${name}: ${why}`);
  for (const key of keys) if (!VALID.has(key)) throw fail(`invalid option: "${key}"`);
  if (Object.hasOwn(options, 'size')) throw fail('quota size requested but no quota support');
  for (const [key, needs] of Object.entries(MANDATORY)) {
    if (!Object.hasOwn(options, key)) continue;
    for (const need of needs) if (!Object.hasOwn(options, need)) throw fail(`missing required option: "${need}"`);
  }
}
