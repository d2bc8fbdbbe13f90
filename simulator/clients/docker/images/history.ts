// `docker history` / `docker image history` (docker/cli 20.10 cli/command/image/history.go,
// formatter/history.go): newest layer first, IMAGE (12 characters, `<missing>` where the
// daemon has no image), CREATED (`… ago`, or RFC 3339 with -H=false under CREATED AT),
// CREATED BY cut to 45 with an ellipsis, SIZE (decimal units; bytes with -H=false), COMMENT.

import type { FlagSpec } from '../../../cli/spec';
import { humanSizeWithPrecision } from '../../../cli/units';
import { formatDockerRows } from '../../../go/template/index';
import { humanDuration, type HistoryResponseItem } from '../../../dockerd/index';
import { daemonOf, type DockerCommand, type DockerContext } from '../docker-env';
import { rowContext } from '../format/raw-json';
import { ellipsis, truncateId } from '../format/text';

const HEADER = { ID: 'IMAGE', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', CreatedBy: 'CREATED BY', Size: 'SIZE', Comment: 'COMMENT' };
const HUMAN_FORMAT = 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
const NON_HUMAN_FORMAT = 'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';

/** time.Unix(s, 0).Format(time.RFC3339) in the node's zone (UTC). */
function rfc3339(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.\d+Z$/, 'Z');
}

function row(h: HistoryResponseItem, human: boolean, trunc: boolean, nowMs: number) {
  const createdAt = rfc3339(h.Created);
  // A row context: `{{json .}}` gives every column (formatter.MarshalJSON), not `{}`.
  return rowContext(
    {
      ID: () => (trunc ? truncateId(h.Id) : h.Id),
      CreatedSince: () => (human ? `${humanDuration(nowMs - h.Created * 1000)} ago` : createdAt),
      CreatedAt: () => createdAt,
      CreatedBy: () => {
        const by = h.CreatedBy.replace(/\t/g, ' ');
        return trunc ? ellipsis(by, 45) : by;
      },
      Size: () => (human ? humanSizeWithPrecision(h.Size, 3) : String(h.Size)),
      Comment: () => h.Comment,
    },
    '*image.historyContext',
  );
}

function action(c: DockerContext): void {
  const items = daemonOf(c).images.history(c.args[0] ?? '');
  const human = c.bool('human');
  const trunc = !c.bool('no-trunc');
  let format = c.string('format');
  if (c.bool('quiet')) format = format === '' || format.startsWith('table') ? '{{.ID}}' : format;
  else if (format === '' || format === 'table') format = human ? HUMAN_FORMAT : NON_HUMAN_FORMAT;
  const now = c.env.node.nowMs();
  c.io.stdout(formatDockerRows({ format, rows: items.map((h) => row(h, human, trunc, now)), header: HEADER }));
}

const historyFlags: FlagSpec[] = [
  { names: ['format'], kind: 'string', usage: 'Pretty-print images using a Go template' },
  { names: ['human', 'H'], kind: 'bool', usage: 'Print sizes and dates in human readable format', value: true },
  { names: ['no-trunc'], kind: 'bool', usage: "Don't truncate output" },
  { names: ['quiet', 'q'], kind: 'bool', usage: 'Only show image IDs' },
];

export const imageHistoryCommand: DockerCommand = {
  name: 'history',
  argsUsage: '[OPTIONS] IMAGE',
  usage: 'Show the history of an image',
  args: { min: 1, max: 1 },
  flags: historyFlags,
  action,
};

export const historyCommand: DockerCommand = { ...imageHistoryCommand };
