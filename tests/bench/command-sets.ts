// The command lines the benchmark times: the notes' ctr commands in page order, and every ctr
// line of the recorded transcripts (read from the shared conformance folder when present).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The ctr commands of source/study-notes.zh.txt, in page order, as a learner types them. */
export const NOTES_COMMANDS: readonly string[] = [
  'ctr -v',
  'ctr --version',
  'ctr -n k8s.io image ls',
  'ctr namespace ls',
  'ctr namespace create k8s.io',
  'ctr namespace rm k8s.io',
  'ctr image -h',
  'ctr i pull docker.io/library/nginx:alpine',
  'ctr --namespace=k8s.io images push harbor.mydomain.com/k8s/pause:1.25.1 --skip-verify --user admin:Harbor12345',
  'ctr images pull --user admin:Harbor12345 --tlscacert=/etc/containerd/harbor.mydomain.com/ca.crt harbor.mydomain.com/k8s/pause:1.25.1',
  'ctr image check',
  'ctr i check',
  'ctr i export nginx.tar.gz docker.io/library/nginx:alpine',
  'ctr i import nginx.tar.gz',
  'ctr i ls',
  'ctr i list',
  'ctr i ls -q',
  'ctr i mount docker.io/library/nginx:alpine /tmp/nginx',
  'ctr i unmount /tmp/nginx',
  'ctr -n k8s.io i tag my-nginx:v1 harbor.mydomain.com/my-nginx:v1',
  'ctr i convert --oci nginx:alpine nginx:alpine-oci',
  'ctr i convert nginx:alpine nginx:alpine-docker',
  'ctr images import my-nginx.tar',
  'ctr container --help',
  'ctr c create docker.io/library/nginx:alpine my-nginx',
  'ctr c info my-nginx',
  'ctr c ls',
  'ctr c list',
  'ctr c label my-nginx mylabel=nginx',
  'ctr task --help',
  'ctr t start -d my-nginx',
  'ctr t ls',
  'ctr t list',
  'ctr t ps my-nginx',
  'ctr t exec --exec-id 997 my-nginx ls /',
  'ctr t pause my-nginx',
  'ctr t resume my-nginx',
  'ctr t kill --exec-id 999 -s SIGTERM my-nginx',
  'ctr t metric my-nginx',
  'ctr t kill my-nginx',
  'ctr t kill -s SIGKILL my-nginx',
  'ctr t rm my-nginx',
  'ctr c rm my-nginx',
  'ctr run --help',
  'ctr run -d docker.io/library/nginx:alpine my-nginx',
  'ctr i rm nginx:alpine',
  'ctr i remove nginx:alpine',
];

/**
 * Lines the shell interpreter runs (redirections, pipes, variables, assignments), next to the
 * plain lines that take the session's fast path, to show what each path costs.
 */
export const SHELL_LINES: readonly string[] = [
  'ctr i pull docker.io/library/busybox:latest',
  'ctr i ls',
  'ctr i ls > /dev/null',
  'ctr i ls 2>/dev/null | grep -c busybox',
  'CONTAINERD_NAMESPACE=default ctr i ls -q',
  'echo $HOME',
  'cd /tmp && pwd',
  'ctr -v',
];

/** Lines that are a plain ctr call (optionally after VAR=value), in transcript order, per file. */
export function transcriptCommands(): Array<{ file: string; lines: string[] }> {
  const folder = join(import.meta.dirname, '..', 'conformance', 'recorded');
  return readdirSync(folder)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => ({
      file,
      lines: readFileSync(join(folder, file), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('$ '))
        .map((l) => l.slice(2))
        .filter((l) => /^([A-Z_]+=\S+ )*ctr( |$)/.test(l) && !/ -t /.test(` ${l} `.replace(/ --tty /, ' -t '))),
    }));
}

/**
 * The crictl commands of the notes (the crictl section of source/study-notes.zh.txt), in page
 * order, after the files they need; `$ID` is the container `crictl run` started (`crictl ps -q`).
 * The notes' `crictl exec -it <id> sh` is timed as the learner's first typed line would be
 * without a terminal to attach: the shell reads an empty stdin and ends.
 */
export const CRICTL_NOTES_COMMANDS: readonly string[] = [
  'crictl -h',
  'crictl image list',
  'crictl pull nginx:1.25',
  'crictl rmi nginx:1.25',
  'crictl ps -a',
  'crictl run container-config.json pod-config.json',
  'crictl ps -q',
  'crictl rm mynginx',
  'crictl exec -it $ID sh',
  'crictl exec $ID ls /',
  'crictl logs $ID',
  'crictl inspect $ID',
  'crictl -v',
];
