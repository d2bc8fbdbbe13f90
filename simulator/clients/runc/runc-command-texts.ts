// runc 1.1.5's commands as its help shows them (Debian's runc 1.1.5+ds1, urfave/cli v1): each
// command's one-line usage, the text after its USAGE line, its description and its flags, in the
// order runc declares them. The help framework (cli/urfave-v1) renders them; runc-help.test.ts
// holds the binary's own `runc <command> --help` next to the rendering. Actions live apart
// (runc-app.ts); a command without one here is refused as not simulated.

import type { FlagSpec } from '../../cli/spec';

export interface RuncCommandText {
  usage: string;
  argsUsage?: string;
  description?: string;
  flags: readonly FlagSpec[];
}

export const RUNC_COMMAND_TEXTS: Readonly<Record<string, RuncCommandText>> = {
  checkpoint: {
    usage: "checkpoint a running container",
    argsUsage: "<container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container to be\ncheckpointed.",
    description: "The checkpoint command saves the state of the container instance.",
    flags: [
      { names: ["image-path"], kind: 'string', usage: "path for saving criu image files" },
      { names: ["work-path"], kind: 'string', usage: "path for saving work files and logs" },
      { names: ["parent-path"], kind: 'string', usage: "path for previous criu image files in pre-dump" },
      { names: ["leave-running"], kind: 'bool', usage: "leave the process running after checkpointing" },
      { names: ["tcp-established"], kind: 'bool', usage: "allow open tcp connections" },
      { names: ["ext-unix-sk"], kind: 'bool', usage: "allow external unix sockets" },
      { names: ["shell-job"], kind: 'bool', usage: "allow shell jobs" },
      { names: ["lazy-pages"], kind: 'bool', usage: "use userfaultfd to lazily restore memory pages" },
      { names: ["status-fd"], kind: 'int', usage: "criu writes \\0 to this FD once lazy-pages is ready", value: -1 },
      { names: ["page-server"], kind: 'string', usage: "ADDRESS:PORT of the page server" },
      { names: ["file-locks"], kind: 'bool', usage: "handle file locks, for safety" },
      { names: ["pre-dump"], kind: 'bool', usage: "dump container's memory information only, leave the container running after this" },
      { names: ["manage-cgroups-mode"], kind: 'string', usage: "cgroups mode: 'soft' (default), 'full' and 'strict'" },
      { names: ["empty-ns"], kind: 'string', usage: "create a namespace, but don't restore its properties" },
      { names: ["auto-dedup"], kind: 'bool', usage: "enable auto deduplication of memory images" },
    ],
  },
  create: {
    usage: "create a container",
    argsUsage: "<container-id>\n\nWhere \"<container-id>\" is your name for the instance of the container that you\nare starting. The name you provide for the container instance must be unique on\nyour host.",
    description: "The create command creates an instance of a container for a bundle. The bundle\nis a directory with a specification file named \"config.json\" and a root\nfilesystem.\n\nThe specification file includes an args parameter. The args parameter is used\nto specify command(s) that get run when the container is started. To change the\ncommand(s) that get executed on start, edit the args parameter of the spec. See\n\"runc spec --help\" for more explanation.",
    flags: [
      { names: ["bundle", "b"], kind: 'string', usage: "path to the root of the bundle directory, defaults to the current directory" },
      { names: ["console-socket"], kind: 'string', usage: "path to an AF_UNIX socket which will receive a file descriptor referencing the master end of the console's pseudoterminal" },
      { names: ["pid-file"], kind: 'string', usage: "specify the file to write the process id to" },
      { names: ["no-pivot"], kind: 'bool', usage: "do not use pivot root to jail process inside rootfs.  This should be used whenever the rootfs is on top of a ramdisk" },
      { names: ["no-new-keyring"], kind: 'bool', usage: "do not create a new session keyring for the container.  This will cause the container to inherit the calling processes session key" },
      { names: ["preserve-fds"], kind: 'int', usage: "Pass N additional file descriptors to the container (stdio + $LISTEN_FDS + N in total)", value: 0 },
    ],
  },
  delete: {
    usage: "delete any resources held by the container often used with detached container",
    argsUsage: "<container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container.\n\nEXAMPLE:\nFor example, if the container id is \"ubuntu01\" and runc list currently shows the\nstatus of \"ubuntu01\" as \"stopped\" the following will delete resources held for\n\"ubuntu01\" removing \"ubuntu01\" from the runc list of containers:\n\n       # runc delete ubuntu01",
    flags: [
      { names: ["force", "f"], kind: 'bool', usage: "Forcibly deletes the container if it is still running (uses SIGKILL)" },
    ],
  },
  events: {
    usage: "display container events such as OOM notifications, cpu, memory, and IO usage statistics",
    argsUsage: "<container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container.",
    description: "The events command displays information about the container. By default the\ninformation is displayed once every 5 seconds.",
    flags: [
      { names: ["interval"], kind: 'duration', usage: "set the stats collection interval", value: "5s" },
      { names: ["stats"], kind: 'bool', usage: "display the container's stats then exit" },
    ],
  },
  exec: {
    usage: "execute new process inside the container",
    argsUsage: "<container-id> <command> [command options]  || -p process.json <container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container and\n\"<command>\" is the command to be executed in the container.\n\"<command>\" can't be empty unless a \"-p\" flag provided.\n\nEXAMPLE:\nFor example, if the container is configured to run the linux ps command the\nfollowing will output a list of processes running in the container:\n\n       # runc exec <container-id> ps",
    flags: [
      { names: ["console-socket"], kind: 'string', usage: "path to an AF_UNIX socket which will receive a file descriptor referencing the master end of the console's pseudoterminal" },
      { names: ["cwd"], kind: 'string', usage: "current working directory in the container" },
      { names: ["env", "e"], kind: 'stringSlice', usage: "set environment variables" },
      { names: ["tty", "t"], kind: 'bool', usage: "allocate a pseudo-TTY" },
      { names: ["user", "u"], kind: 'string', usage: "UID (format: <uid>[:<gid>])" },
      { names: ["additional-gids", "g"], kind: 'stringSlice', usage: "additional gids" },
      { names: ["process", "p"], kind: 'string', usage: "path to the process.json" },
      { names: ["detach", "d"], kind: 'bool', usage: "detach from the container's process" },
      { names: ["pid-file"], kind: 'string', usage: "specify the file to write the process id to" },
      { names: ["process-label"], kind: 'string', usage: "set the asm process label for the process commonly used with selinux" },
      { names: ["apparmor"], kind: 'string', usage: "set the apparmor profile for the process" },
      { names: ["no-new-privs"], kind: 'bool', usage: "set the no new privileges value for the process" },
      { names: ["cap", "c"], kind: 'stringSlice', usage: "add a capability to the bounding set for the process" },
      { names: ["preserve-fds"], kind: 'int', usage: "Pass N additional file descriptors to the container (stdio + $LISTEN_FDS + N in total)", value: 0 },
      { names: ["cgroup"], kind: 'string', usage: "run the process in an (existing) sub-cgroup(s). Format is [<controller>:]<cgroup>." },
      { names: ["ignore-paused"], kind: 'bool', usage: "allow exec in a paused container" },
    ],
  },
  kill: {
    usage: "kill sends the specified signal (default: SIGTERM) to the container's init process",
    argsUsage: "<container-id> [signal]\n\nWhere \"<container-id>\" is the name for the instance of the container and\n\"[signal]\" is the signal to be sent to the init process.\n\nEXAMPLE:\nFor example, if the container id is \"ubuntu01\" the following will send a \"KILL\"\nsignal to the init process of the \"ubuntu01\" container:\n\n       # runc kill ubuntu01 KILL",
    flags: [
      { names: ["all", "a"], kind: 'bool', usage: "send the specified signal to all processes inside the container" },
    ],
  },
  list: {
    usage: "lists containers started by runc with the given root",
    argsUsage: "\n\nWhere the given root is specified via the global option \"--root\"\n(default: \"/run/runc\").\n\nEXAMPLE 1:\nTo list containers created via the default \"--root\":\n       # runc list\n\nEXAMPLE 2:\nTo list containers created using a non-default value for \"--root\":\n       # runc --root value list",
    flags: [
      { names: ["format", "f"], kind: 'string', usage: "select one of: table or json", value: "table" },
      { names: ["quiet", "q"], kind: 'bool', usage: "display only container IDs" },
    ],
  },
  pause: {
    usage: "pause suspends all processes inside the container",
    argsUsage: "<container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container to be\npaused. ",
    description: "The pause command suspends all processes in the instance of the container.\n\nUse runc list to identify instances of containers and their current status.",
    flags: [],
  },
  ps: {
    usage: "ps displays the processes running inside a container",
    argsUsage: "<container-id> [ps options]",
    flags: [
      { names: ["format", "f"], kind: 'string', usage: "select one of: table or json", value: "table" },
    ],
  },
  restore: {
    usage: "restore a container from a previous checkpoint",
    argsUsage: "<container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container to be\nrestored.",
    description: "Restores the saved state of the container instance that was previously saved\nusing the runc checkpoint command.",
    flags: [
      { names: ["console-socket"], kind: 'string', usage: "path to an AF_UNIX socket which will receive a file descriptor referencing the master end of the console's pseudoterminal" },
      { names: ["image-path"], kind: 'string', usage: "path to criu image files for restoring" },
      { names: ["work-path"], kind: 'string', usage: "path for saving work files and logs" },
      { names: ["tcp-established"], kind: 'bool', usage: "allow open tcp connections" },
      { names: ["ext-unix-sk"], kind: 'bool', usage: "allow external unix sockets" },
      { names: ["shell-job"], kind: 'bool', usage: "allow shell jobs" },
      { names: ["file-locks"], kind: 'bool', usage: "handle file locks, for safety" },
      { names: ["manage-cgroups-mode"], kind: 'string', usage: "cgroups mode: 'soft' (default), 'full' and 'strict'" },
      { names: ["bundle", "b"], kind: 'string', usage: "path to the root of the bundle directory" },
      { names: ["detach", "d"], kind: 'bool', usage: "detach from the container's process" },
      { names: ["pid-file"], kind: 'string', usage: "specify the file to write the process id to" },
      { names: ["no-subreaper"], kind: 'bool', usage: "disable the use of the subreaper used to reap reparented processes" },
      { names: ["no-pivot"], kind: 'bool', usage: "do not use pivot root to jail process inside rootfs.  This should be used whenever the rootfs is on top of a ramdisk" },
      { names: ["empty-ns"], kind: 'string', usage: "create a namespace, but don't restore its properties" },
      { names: ["auto-dedup"], kind: 'bool', usage: "enable auto deduplication of memory images" },
      { names: ["lazy-pages"], kind: 'bool', usage: "use userfaultfd to lazily restore memory pages" },
      { names: ["lsm-profile"], kind: 'string', usage: "Specify an LSM profile to be used during restore in the form of TYPE:NAME." },
      { names: ["lsm-mount-context"], kind: 'string', usage: "Specify an LSM mount context to be used during restore." },
    ],
  },
  resume: {
    usage: "resumes all processes that have been previously paused",
    argsUsage: "<container-id>\n\nWhere \"<container-id>\" is the name for the instance of the container to be\nresumed.",
    description: "The resume command resumes all processes in the instance of the container.\n\nUse runc list to identify instances of containers and their current status.",
    flags: [],
  },
  run: {
    usage: "create and run a container",
    argsUsage: "<container-id>\n\nWhere \"<container-id>\" is your name for the instance of the container that you\nare starting. The name you provide for the container instance must be unique on\nyour host.",
    description: "The run command creates an instance of a container for a bundle. The bundle\nis a directory with a specification file named \"config.json\" and a root\nfilesystem.\n\nThe specification file includes an args parameter. The args parameter is used\nto specify command(s) that get run when the container is started. To change the\ncommand(s) that get executed on start, edit the args parameter of the spec. See\n\"runc spec --help\" for more explanation.",
    flags: [
      { names: ["bundle", "b"], kind: 'string', usage: "path to the root of the bundle directory, defaults to the current directory" },
      { names: ["console-socket"], kind: 'string', usage: "path to an AF_UNIX socket which will receive a file descriptor referencing the master end of the console's pseudoterminal" },
      { names: ["detach", "d"], kind: 'bool', usage: "detach from the container's process" },
      { names: ["keep"], kind: 'bool', usage: "do not delete the container after it exits" },
      { names: ["pid-file"], kind: 'string', usage: "specify the file to write the process id to" },
      { names: ["no-subreaper"], kind: 'bool', usage: "disable the use of the subreaper used to reap reparented processes" },
      { names: ["no-pivot"], kind: 'bool', usage: "do not use pivot root to jail process inside rootfs.  This should be used whenever the rootfs is on top of a ramdisk" },
      { names: ["no-new-keyring"], kind: 'bool', usage: "do not create a new session keyring for the container.  This will cause the container to inherit the calling processes session key" },
      { names: ["preserve-fds"], kind: 'int', usage: "Pass N additional file descriptors to the container (stdio + $LISTEN_FDS + N in total)", value: 0 },
    ],
  },
  spec: {
    usage: "create a new specification file",
    description: "The spec command creates the new specification file named \"config.json\" for\nthe bundle.\n\nThe spec generated is just a starter file. Editing of the spec is required to\nachieve desired results. For example, the newly generated spec includes an args\nparameter that is initially set to call the \"sh\" command when the container is\nstarted. Calling \"sh\" may work for an ubuntu container or busybox, but will not\nwork for containers that do not include the \"sh\" program.\n\nEXAMPLE:\n  To run docker's hello-world container one needs to set the args parameter\nin the spec to call hello. This can be done using the sed command or a text\neditor. The following commands create a bundle for hello-world, change the\ndefault args parameter in the spec from \"sh\" to \"/hello\", then run the hello\ncommand in a new hello-world container named container1:\n\n    mkdir hello\n    cd hello\n    docker pull hello-world\n    docker export $(docker create hello-world) > hello-world.tar\n    mkdir rootfs\n    tar -C rootfs -xf hello-world.tar\n    runc spec\n    sed -i 's;\"sh\";\"/hello\";' config.json\n    runc run container1\n\nIn the run command above, \"container1\" is the name for the instance of the\ncontainer that you are starting. The name you provide for the container instance\nmust be unique on your host.\n\nAn alternative for generating a customized spec config is to use \"oci-runtime-tool\", the\nsub-command \"oci-runtime-tool generate\" has lots of options that can be used to do any\ncustomizations as you want, see runtime-tools (https://github.com/opencontainers/runtime-tools)\nto get more information.\n\nWhen starting a container through runc, runc needs root privilege. If not\nalready running as root, you can use sudo to give runc root privilege. For\nexample: \"sudo runc start container1\" will give runc root privilege to start the\ncontainer on your host.\n\nAlternatively, you can start a rootless container, which has the ability to run\nwithout root privileges. For this to work, the specification file needs to be\nadjusted accordingly. You can pass the parameter --rootless to this command to\ngenerate a proper rootless spec file.\n\nNote that --rootless is not needed when you execute runc as the root in a user namespace\ncreated by an unprivileged user.\n",
    flags: [
      { names: ["bundle", "b"], kind: 'string', usage: "path to the root of the bundle directory" },
      { names: ["rootless"], kind: 'bool', usage: "generate a configuration for a rootless container" },
    ],
  },
  start: {
    usage: "executes the user defined process in a created container",
    argsUsage: "<container-id>\n\nWhere \"<container-id>\" is your name for the instance of the container that you\nare starting. The name you provide for the container instance must be unique on\nyour host.",
    description: "The start command executes the user defined process in a created container.",
    flags: [],
  },
  state: {
    usage: "output the state of a container",
    argsUsage: "<container-id>\n\nWhere \"<container-id>\" is your name for the instance of the container.",
    description: "The state command outputs current state information for the\ninstance of a container.",
    flags: [],
  },
  update: {
    usage: "update container resource constraints",
    argsUsage: "<container-id>",
    flags: [
      { names: ["resources", "r"], kind: 'string', usage: "path to the file containing the resources to update or '-' to read from the standard input\n\nThe accepted format is as follow (unchanged values can be omitted):\n\n{\n  \"memory\": {\n    \"limit\": 0,\n    \"reservation\": 0,\n    \"swap\": 0\n  },\n  \"cpu\": {\n    \"shares\": 0,\n    \"quota\": 0,\n    \"period\": 0,\n    \"realtimeRuntime\": 0,\n    \"realtimePeriod\": 0,\n    \"cpus\": \"\",\n    \"mems\": \"\"\n  },\n  \"blockIO\": {\n    \"weight\": 0\n  }\n}\n\nNote: if data is to be read from a file or the standard input, all\nother options are ignored." },
      { names: ["blkio-weight"], kind: 'int', usage: "Specifies per cgroup weight, range is from 10 to 1000", value: 0 },
      { names: ["cpu-period"], kind: 'string', usage: "CPU CFS period to be used for hardcapping (in usecs). 0 to use system default" },
      { names: ["cpu-quota"], kind: 'string', usage: "CPU CFS hardcap limit (in usecs). Allowed cpu time in a given period" },
      { names: ["cpu-share"], kind: 'string', usage: "CPU shares (relative weight vs. other containers)" },
      { names: ["cpu-rt-period"], kind: 'string', usage: "CPU realtime period to be used for hardcapping (in usecs). 0 to use system default" },
      { names: ["cpu-rt-runtime"], kind: 'string', usage: "CPU realtime hardcap limit (in usecs). Allowed cpu time in a given period" },
      { names: ["cpuset-cpus"], kind: 'string', usage: "CPU(s) to use" },
      { names: ["cpuset-mems"], kind: 'string', usage: "Memory node(s) to use" },
      { names: ["memory"], kind: 'string', usage: "Memory limit (in bytes)" },
      { names: ["memory-reservation"], kind: 'string', usage: "Memory reservation or soft_limit (in bytes)" },
      { names: ["memory-swap"], kind: 'string', usage: "Total memory usage (memory + swap); set '-1' to enable unlimited swap" },
      { names: ["pids-limit"], kind: 'int', usage: "Maximum number of pids allowed in the container", value: 0 },
      { names: ["l3-cache-schema"], kind: 'string', usage: "The string of Intel RDT/CAT L3 cache schema" },
      { names: ["mem-bw-schema"], kind: 'string', usage: "The string of Intel RDT/MBA memory bandwidth schema" },
    ],
  },
  features: {
    usage: "show the enabled features",
    description: "Show the enabled features.\n   The result is parsable as a JSON.\n   See https://pkg.go.dev/github.com/opencontainers/runc/types/features for the type definition.\n   The types are experimental and subject to change.\n",
    flags: [],
  },
};
