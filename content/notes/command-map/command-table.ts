// The command map of the command-map note as data: one row per job, one cell per tool, null
// where the tool really has no such command. The live table (components/notes/command-table.tsx)
// types a cell's lines into the page's terminal when it is clicked, and its "compare" control
// runs a row's cells one after another and shows their outputs side by side.
//
// Every cell must run on a fresh node and again on the node it left behind (a reader clicks
// twice): each tool prepares its own objects with guarded lines (`… || create it`), named after
// the tool (docker-web, ctr-web, crictl-web, nerdctl-web), so the four never see each other's
// objects by accident, and what they show differs only because they look at different stores.
// command-table.test.ts runs every cell twice on one node to hold that.

import type { Lang } from '../../langs';

export type Tool = 'docker' | 'ctr' | 'crictl' | 'nerdctl';
export const TOOLS: readonly Tool[] = ['docker', 'ctr', 'crictl', 'nerdctl'];

type Text = Readonly<Record<Lang, string>>;

export interface Cell {
  /** The command as the map shows it. */
  command: string;
  /** What follows the command in the cell; `code` in backquotes. */
  note?: Text;
  /** The usual comparison tables get this cell wrong (the note's "Mistakes" section). */
  slip?: boolean;
  /** Lines that make what the command acts on (guarded, so they do nothing the second time). */
  setup: readonly string[];
  /** The lines that show the job; their output is what compare shows. */
  run: readonly string[];
  /** The job may end non-zero on some nodes, and that is the lesson (said in the note). */
  mayFail?: boolean;
}

export interface Row {
  id: string;
  job: Text;
  cells: Readonly<Record<Tool, Cell | null>>;
}

const CRI_ENDPOINT = '[ -f /etc/crictl.yaml ] || crictl config --set runtime-endpoint=unix:///run/containerd/containerd.sock';
const POD_JSON =
  '{"metadata":{"name":"table-pod","namespace":"default","uid":"table-pod-uid"},"log_directory":"/var/log/pods/default_table-pod_table-pod-uid"}';
const CTR_JSON = '{"metadata":{"name":"crictl-web"},"image":{"image":"docker.io/library/nginx:alpine"},"log_path":"crictl-web.log"}';
const BOX_JSON = '{"metadata":{"name":"crictl-box"},"image":{"image":"docker.io/library/busybox:latest"},"command":["sleep","3600"]}';
const CRICTL_CREATE_WEB = 'crictl create $(crictl pods -q --name table-pod) /root/table-web.json /root/table-pod.json';

/** Each tool's running nginx, made by that tool. */
const WEB: Readonly<Record<Tool, readonly string[]>> = {
  docker: ['docker inspect docker-web >/dev/null 2>&1 || docker run -d --name docker-web nginx:alpine'],
  ctr: [
    'ctr i ls -q | grep -qx docker.io/library/nginx:alpine || ctr i pull docker.io/library/nginx:alpine',
    'ctr c info ctr-web >/dev/null 2>&1 || ctr run -d docker.io/library/nginx:alpine ctr-web',
  ],
  crictl: [
    CRI_ENDPOINT,
    `echo '${POD_JSON}' > /root/table-pod.json`,
    `echo '${CTR_JSON}' > /root/table-web.json`,
    'crictl inspecti nginx:alpine >/dev/null 2>&1 || crictl pull nginx:alpine',
    'crictl pods -q --name table-pod | grep -q . || crictl runp /root/table-pod.json',
    `crictl ps -q --name crictl-web | grep -q . || crictl start $(${CRICTL_CREATE_WEB})`,
  ],
  nerdctl: ['nerdctl inspect nerdctl-web >/dev/null 2>&1 || nerdctl run -d --name nerdctl-web nginx:alpine'],
};

/** `crictl run` makes a pod of its own each time: the previous one goes first (its name is taken). */
const CRICTL_RUN_SETUP = [
  CRI_ENDPOINT,
  `echo '${POD_JSON.replaceAll('table-pod', 'table-run')}' > /root/table-run-pod.json`,
  `echo '${CTR_JSON.replaceAll('crictl-web', 'crictl-run')}' > /root/table-run.json`,
  'crictl inspecti nginx:alpine >/dev/null 2>&1 || crictl pull nginx:alpine',
  'for p in $(crictl pods -q --name table-run); do crictl rmp -f $p; done',
];
const CTR_BUSYBOX = 'ctr i ls -q | grep -qx docker.io/library/busybox:latest || ctr i pull docker.io/library/busybox:latest';
const CRICTL_ID = '$(crictl ps -q --name crictl-web)';
const HARBOR_CA = [
  'mkdir -p /etc/docker/certs.d/harbor.mydomain.com',
  'cp /etc/containerd/harbor.mydomain.com/ca.crt /etc/docker/certs.d/harbor.mydomain.com/',
];
const BUILD_CONTEXT = ['mkdir -p /root/table-build', "echo 'FROM busybox' > /root/table-build/Dockerfile"];

function cell(command: string, setup: readonly string[], run: readonly string[], extra: Partial<Cell> = {}): Cell {
  return { command, setup, run, ...extra };
}

const text = (zh: string, en: string): Text => ({ zh, en });

/** Cells that each run one command on their own tool's nginx (`extra` may add lines or a note). */
function webCells(commands: Readonly<Record<Tool, string>>, extra: Partial<Record<Tool, Partial<Cell>>> = {}): Record<Tool, Cell> {
  const cells = {} as Record<Tool, Cell>;
  for (const tool of TOOLS) cells[tool] = cell(commands[tool], WEB[tool], [commands[tool]], extra[tool]);
  return cells;
}

export const COMMAND_ROWS: readonly Row[] = [
  {
    id: 'ps',
    job: text('列出容器', 'list containers'),
    cells: webCells(
      { docker: 'docker ps', ctr: 'ctr task ls', crictl: 'crictl ps', nerdctl: 'nerdctl ps' },
      {
        ctr: {
          run: ['ctr task ls', 'ctr container ls'],
          note: text('(进程和状态)、`ctr container ls`(只有元数据)', '(processes and state), `ctr container ls` (metadata only)'),
        },
      },
    ),
  },
  {
    id: 'images',
    job: text('列出镜像', 'list images'),
    cells: webCells({ docker: 'docker images', ctr: 'ctr image ls', crictl: 'crictl images', nerdctl: 'nerdctl images' }),
  },
  {
    id: 'logs',
    job: text('容器日志', 'container logs'),
    cells: {
      docker: cell('docker logs', WEB.docker, ['docker logs docker-web']),
      ctr: null,
      crictl: cell('crictl logs', WEB.crictl, [`crictl logs ${CRICTL_ID}`]),
      nerdctl: cell('nerdctl logs', WEB.nerdctl, ['nerdctl logs nerdctl-web'], {
        note: text('(只支持 `nerdctl run -d` 创建的容器)', '(only for containers made by `nerdctl run -d`)'),
      }),
    },
  },
  {
    id: 'inspect',
    job: text('查看详情', 'inspect'),
    cells: {
      docker: cell('docker inspect', WEB.docker, ['docker inspect docker-web']),
      ctr: cell('ctr container info', WEB.ctr, ['ctr container info ctr-web']),
      crictl: cell('crictl inspect', WEB.crictl, [`crictl inspect ${CRICTL_ID}`], {
        note: text('(镜像用 `inspecti`,Pod 用 `inspectp`)', '(`inspecti` for images, `inspectp` for pods)'),
      }),
      nerdctl: cell('nerdctl inspect', WEB.nerdctl, ['nerdctl inspect nerdctl-web']),
    },
  },
  {
    id: 'stats',
    job: text('资源用量', 'resource usage'),
    cells: {
      docker: cell('docker stats', WEB.docker, ['docker stats --no-stream docker-web']),
      ctr: cell('ctr task metrics', WEB.ctr, ['ctr task metrics ctr-web'], { slip: true }),
      crictl: cell('crictl stats', WEB.crictl, ['crictl stats']),
      nerdctl: cell('nerdctl stats', WEB.nerdctl, ['nerdctl stats --no-stream nerdctl-web']),
    },
  },
  {
    id: 'start-stop',
    job: text('启动 / 停止已有容器', 'start / stop an existing container'),
    cells: {
      docker: cell('docker start / docker stop', WEB.docker, ['docker stop -t 1 docker-web', 'docker start docker-web', 'docker ps']),
      ctr: cell('ctr task start / ctr task kill', WEB.ctr, [
        'ctr task kill -s SIGKILL ctr-web',
        'sleep 1',
        'ctr task rm ctr-web',
        'ctr task start -d ctr-web',
        'ctr task ls',
      ]),
      crictl: cell('crictl start / crictl stop', WEB.crictl, [
        `crictl stop ${CRICTL_ID}`,
        'crictl rm $(crictl ps -aq --name crictl-web)',
        `crictl start $(${CRICTL_CREATE_WEB})`,
        'crictl ps',
      ]),
      nerdctl: cell('nerdctl start / nerdctl stop', WEB.nerdctl, ['nerdctl stop -t 1 nerdctl-web', 'nerdctl start nerdctl-web', 'nerdctl ps']),
    },
  },
  {
    id: 'run',
    job: text('运行新容器', 'run a new container'),
    cells: {
      docker: cell('docker run', [], ['docker run --rm busybox echo hello']),
      ctr: cell('ctr run', [CTR_BUSYBOX], ['ctr run --rm docker.io/library/busybox:latest ctr-hello echo hello']),
      crictl: cell('crictl run', CRICTL_RUN_SETUP, ['crictl run /root/table-run.json /root/table-run-pod.json', 'crictl ps'], {
        slip: true,
        note: text('(需要容器和 Pod 两份配置文件)', '(needs a container and a pod config file)'),
      }),
      nerdctl: cell('nerdctl run', [], ['nerdctl run --rm busybox echo hello']),
    },
  },
  {
    id: 'tag',
    job: text('打标签', 'tag an image'),
    cells: {
      docker: cell('docker tag', WEB.docker, ['docker tag nginx:alpine harbor.mydomain.com/k8s/nginx:alpine', 'docker images']),
      ctr: cell('ctr image tag', WEB.ctr, [
        'ctr image tag --force docker.io/library/nginx:alpine harbor.mydomain.com/k8s/nginx:alpine',
        'ctr image ls -q',
      ]),
      crictl: null,
      nerdctl: cell('nerdctl tag', WEB.nerdctl, ['nerdctl tag nginx:alpine harbor.mydomain.com/k8s/nginx:alpine', 'nerdctl images']),
    },
  },
  {
    id: 'commit',
    job: text('把容器的改动存成镜像', "save a container's changes as an image"),
    cells: {
      docker: cell('docker commit', WEB.docker, ['docker commit docker-web docker-web-snap:1', 'docker images docker-web-snap']),
      ctr: null,
      crictl: null,
      nerdctl: cell('nerdctl commit', WEB.nerdctl, ['nerdctl commit nerdctl-web nerdctl-web-snap:1', 'nerdctl images nerdctl-web-snap']),
    },
  },
  {
    id: 'create',
    job: text('创建容器', 'create a container'),
    cells: {
      docker: cell('docker create', [], ['docker create --name docker-box busybox sleep 3600', 'docker ps -a', 'docker rm docker-box']),
      ctr: cell('ctr container create', [CTR_BUSYBOX], [
        'ctr container create docker.io/library/busybox:latest ctr-box sleep 3600',
        'ctr container ls',
        'ctr container rm ctr-box',
      ]),
      crictl: cell('crictl create', [
        ...WEB.crictl,
        'crictl inspecti busybox >/dev/null 2>&1 || crictl pull busybox',
        `echo '${BOX_JSON}' > /root/table-box.json`,
      ], [
        'crictl create $(crictl pods -q --name table-pod) /root/table-box.json /root/table-pod.json',
        'crictl ps -a',
        'crictl rm $(crictl ps -aq --name crictl-box)',
      ], { note: text('(要指定所属的 Pod)', '(into a given pod)') }),
      nerdctl: cell('nerdctl create', [], ['nerdctl create --name nerdctl-box busybox sleep 3600', 'nerdctl ps -a', 'nerdctl rm nerdctl-box']),
    },
  },
  {
    id: 'load',
    job: text('导入镜像', 'load an image archive'),
    cells: {
      docker: cell('docker load', [...WEB.docker, 'docker save -o /root/docker-nginx.tar nginx:alpine'], ['docker load -i /root/docker-nginx.tar']),
      ctr: cell('ctr image import', [...WEB.ctr, 'ctr image export /root/ctr-nginx.tar docker.io/library/nginx:alpine'], [
        'ctr image import /root/ctr-nginx.tar',
      ]),
      crictl: null,
      nerdctl: cell('nerdctl load', [...WEB.nerdctl, 'nerdctl save -o /root/nerdctl-nginx.tar nginx:alpine'], [
        'nerdctl load -i /root/nerdctl-nginx.tar',
      ]),
    },
  },
  {
    id: 'save',
    job: text('导出镜像', 'save an image archive'),
    cells: {
      docker: cell('docker save', WEB.docker, ['docker save -o /root/docker-nginx.tar nginx:alpine', 'ls -l /root/docker-nginx.tar']),
      ctr: cell('ctr image export', WEB.ctr, ['ctr image export /root/ctr-nginx.tar docker.io/library/nginx:alpine', 'ls -l /root/ctr-nginx.tar']),
      crictl: null,
      nerdctl: cell('nerdctl save', WEB.nerdctl, ['nerdctl save -o /root/nerdctl-nginx.tar nginx:alpine', 'ls -l /root/nerdctl-nginx.tar']),
    },
  },
  {
    id: 'rm',
    job: text('删除容器', 'remove a container'),
    cells: {
      docker: cell('docker rm', [], ['docker create --name docker-box busybox sleep 3600', 'docker rm docker-box']),
      ctr: cell('ctr container rm', [CTR_BUSYBOX], ['ctr container create docker.io/library/busybox:latest ctr-box sleep 3600', 'ctr container rm ctr-box'], {
        note: text('(先 `ctr task rm`)', '(after `ctr task rm`)'),
      }),
      crictl: cell('crictl rm', WEB.crictl, ['crictl rm -f $(crictl ps -aq --name crictl-web)', 'crictl ps -a'], {
        slip: true,
        note: text('(容器 ID,不是名字)', '(container IDs, not names)'),
      }),
      nerdctl: cell('nerdctl rm', [], ['nerdctl create --name nerdctl-box busybox sleep 3600', 'nerdctl rm nerdctl-box']),
    },
  },
  {
    id: 'rmi',
    job: text('删除镜像', 'remove an image'),
    cells: {
      docker: cell('docker rmi', WEB.docker, ['docker tag nginx:alpine nginx:table', 'docker rmi nginx:table']),
      ctr: cell('ctr image rm', WEB.ctr, [
        'ctr image tag --force docker.io/library/nginx:alpine docker.io/library/nginx:table',
        'ctr image rm docker.io/library/nginx:table',
      ], { slip: true, note: text('(完整引用)', '(full reference)') }),
      crictl: cell('crictl rmi', [CRI_ENDPOINT], ['crictl pull busybox', 'crictl rmi busybox']),
      nerdctl: cell('nerdctl rmi', WEB.nerdctl, ['nerdctl tag nginx:alpine nginx:table', 'nerdctl rmi nginx:table']),
    },
  },
  {
    id: 'pull',
    job: text('拉取镜像', 'pull an image'),
    cells: {
      docker: cell('docker pull', [], ['docker pull busybox']),
      ctr: cell('ctr image pull', [], ['ctr image pull docker.io/library/busybox:latest'], { note: text('(完整引用)', '(full reference)') }),
      crictl: cell('crictl pull', [CRI_ENDPOINT], ['crictl pull busybox'], { slip: true }),
      nerdctl: cell('nerdctl pull', [], ['nerdctl pull busybox']),
    },
  },
  {
    id: 'push',
    job: text('推送镜像', 'push an image'),
    cells: {
      docker: cell('docker push', [...WEB.docker, ...HARBOR_CA, 'docker tag nginx:alpine harbor.mydomain.com/k8s/nginx:alpine', 'docker login -u admin -p Harbor12345 harbor.mydomain.com'], [
        'docker push harbor.mydomain.com/k8s/nginx:alpine',
      ]),
      ctr: cell('ctr image push', [...WEB.ctr, 'ctr image tag --force docker.io/library/nginx:alpine harbor.mydomain.com/k8s/nginx:alpine'], [
        'ctr image push --platform linux/amd64 --skip-verify --user admin:Harbor12345 harbor.mydomain.com/k8s/nginx:alpine',
      ]),
      crictl: null,
      nerdctl: cell('nerdctl push', [
        ...WEB.nerdctl,
        'nerdctl tag nginx:alpine harbor.mydomain.com/library/nginx:alpine',
        'echo Harbor12345 | nerdctl --insecure-registry login --username admin --password-stdin harbor.mydomain.com',
      ], ['nerdctl --insecure-registry push harbor.mydomain.com/library/nginx:alpine']),
    },
  },
  {
    id: 'exec',
    job: text('在容器里执行命令', 'run a command in a container'),
    cells: {
      docker: cell('docker exec', WEB.docker, ['docker exec docker-web nginx -v']),
      ctr: cell('ctr task exec --exec-id', WEB.ctr, ['ctr task exec --exec-id table-exec ctr-web nginx -v'], { slip: true }),
      crictl: cell('crictl exec', WEB.crictl, [`crictl exec ${CRICTL_ID} nginx -v`]),
      nerdctl: cell('nerdctl exec', WEB.nerdctl, ['nerdctl exec nerdctl-web nginx -v']),
    },
  },
  {
    id: 'container-prune',
    job: text('清理已停止的容器', 'remove stopped containers'),
    cells: {
      docker: cell('docker container prune', [], ['docker container prune -f'], { slip: true }),
      ctr: null,
      crictl: cell('crictl rm -a', [CRI_ENDPOINT], ['crictl rm -a'], {
        mayFail: true,
        note: text('(删除全部容器,运行中的要先停止或加 `-f`)', '(removes all containers; running ones need stopping first, or `-f`)'),
      }),
      nerdctl: cell('nerdctl container prune', [], ['nerdctl container prune -f']),
    },
  },
  {
    id: 'image-prune',
    job: text('清理不用的镜像', 'remove unused images'),
    cells: {
      docker: cell('docker image prune', [], ['docker image prune -f']),
      ctr: null,
      crictl: cell('crictl rmi --prune', [CRI_ENDPOINT], ['crictl rmi --prune'], { slip: true }),
      nerdctl: cell('nerdctl image prune', [], ['nerdctl image prune -f']),
    },
  },
  {
    id: 'login',
    job: text('登录镜像仓库', 'log in to a registry'),
    cells: {
      docker: cell('docker login', HARBOR_CA, ['docker login -u admin -p Harbor12345 harbor.mydomain.com']),
      ctr: null,
      crictl: null,
      nerdctl: cell('nerdctl login', [], ['echo Harbor12345 | nerdctl --insecure-registry login --username admin --password-stdin harbor.mydomain.com']),
    },
  },
  {
    id: 'build',
    job: text('构建镜像', 'build an image'),
    cells: {
      docker: cell('docker build', BUILD_CONTEXT, ['docker build -t table:docker /root/table-build']),
      ctr: null,
      crictl: null,
      nerdctl: cell('nerdctl build', [...BUILD_CONTEXT, 'systemctl is-active -q buildkit || systemctl start buildkit'], ['nerdctl build -t table:nerdctl /root/table-build'], {
        note: text('(需要运行 buildkitd)', '(needs buildkitd running)'),
      }),
    },
  },
];

/** What a "none" cell says, and why, per tool and row (the map's honest gaps). */
export const NONE_NOTES: Readonly<Record<string, Partial<Record<Tool, Text>>>> = {
  login: {
    ctr: text('(每条命令用 `--user` 给出凭据)', '(credentials per command with `--user`)'),
    crictl: text('(`crictl pull --creds`)', '(`crictl pull --creds`)'),
  },
};

/** The lines a click on a cell types: its setup, then the job. */
export function cellLines(c: Cell): string[] {
  return [...c.setup, ...c.run];
}
