// One stage of a Dockerfile while it is converted and solved (dockerfile2llb's dispatchState):
// its instructions, the image it builds (config, history), the layers it has so far and the
// cache key of its last step.

import type { Platform } from '../../oci/descriptor';
import type { Instruction, Stage } from '../dockerfile/instructions';
import type { LayerRecord } from '../state';
import type { ImageModel } from './image-config';
import type { ResolvedImage } from './image-source';

export interface StageState {
  stage: Stage;
  /** `AS` name, else `stage-N`; "" when the Dockerfile has one stage (no prefix in names). */
  stageName: string;
  index: number;
  platform: Platform;
  /** FROM <earlier stage>. */
  base?: StageState;
  /** The stages COPY --from reads (and images it reads, as unregistered stages). */
  deps: Set<StageState>;
  /** An image named by COPY --from that is no stage of the file. */
  unregistered?: boolean;
  resolved?: ResolvedImage;
  image: ImageModel;
  /** History items that came with the base image. */
  baseHistoryCount: number;
  chain: LayerRecord[];
  /** Creation times of the layers this build added, in order. */
  newLayerTimes: number[];
  key: string;
  /** ARGs declared in the stage, with their values (they reach RUN's environment). */
  buildArgs: Array<{ key: string; value?: string }>;
  /** The LLB state's environment: the image's Env, then ENV and ARG values in order (what RUN gets). */
  env: string[];
  /** The working directory steps run in. */
  workdir: string;
  cmdTotal: number;
  cmdIndex: number;
  solved: boolean;
  commands: Instruction[];
}

/** prefixCommand: `[name 2/3] ` before a step's name when the stage counts steps. */
export function prefixCommand(d: StageState, text: string): string {
  if (d.cmdTotal === 0) return text;
  d.cmdIndex++;
  const width = Math.floor(1 + Math.log10(d.cmdTotal));
  const name = d.stageName === '' ? '' : `${d.stageName} `;
  return `[${name}${String(d.cmdIndex).padStart(width)}/${d.cmdTotal}] ${text}`;
}

/** isReachable: `to` is `from`, its base, or something they depend on. */
export function isReachable(from: StageState | undefined, to: StageState): boolean {
  if (!from) return false;
  if (from === to || isReachable(from.base, to)) return true;
  for (const d of from.deps) if (isReachable(d, to)) return true;
  return false;
}

/** The environment as a list (later entries of a name replace earlier ones), and as a map. */
export function addEnv(env: readonly string[], key: string, value: string): string[] {
  const out = env.filter((e) => !e.startsWith(`${key}=`) && e !== key);
  const at = env.findIndex((e) => e.startsWith(`${key}=`));
  if (at === -1) return [...out, `${key}=${value}`];
  const copy = [...env];
  copy[at] = `${key}=${value}`;
  return copy;
}

export function envMap(env: readonly string[]): Map<string, string> {
  const m = new Map<string, string>();
  for (const e of env) {
    const eq = e.indexOf('=');
    if (eq === -1) m.set(e, '');
    else m.set(e.slice(0, eq), e.slice(eq + 1));
  }
  return m;
}
