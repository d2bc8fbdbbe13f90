// resource.Quantity as a Pod's requests and limits write it ("100m", "0.5", "64Mi", "1G"):
// the kubelet turns CPU into milli-cores and memory into bytes for the container's cgroup.

const BINARY: Record<string, number> = { Ki: 2 ** 10, Mi: 2 ** 20, Gi: 2 ** 30, Ti: 2 ** 40, Pi: 2 ** 50, Ei: 2 ** 60 };
const DECIMAL: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };

/** The quantity's value, or undefined when it is not one. */
function parseQuantity(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const m = /^([+-]?[0-9.]+(?:[eE][+-]?\d+)?)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E)?$/.exec(text.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  if (!Number.isFinite(n)) return undefined;
  const suffix = m[2] ?? '';
  return n * (BINARY[suffix] ?? DECIMAL[suffix] ?? 1);
}

/** CPU in milli-cores (rounded up, as Quantity.MilliValue does). */
export function milliCpu(text: string | undefined): number | undefined {
  const v = parseQuantity(text);
  return v === undefined ? undefined : Math.ceil(v * 1000 - 1e-9);
}

/** Memory in bytes (rounded up). */
export function memoryBytes(text: string | undefined): number | undefined {
  const v = parseQuantity(text);
  return v === undefined ? undefined : Math.ceil(v - 1e-9);
}
