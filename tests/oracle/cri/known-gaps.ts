// Steps of the CRI scenarios the simulator does not answer as the real plugin yet, by scenario
// and step index, each with what it waits for. The differential test skips them under that
// name; everything else must match. Rewritten from the recorded fixtures with
// `npx tsx tests/oracle/cri/diff-fixtures.ts --write-gaps` (it keeps this header): run it when
// a part of the simulated plugin lands, and the list shrinks.

export const CRI_GAPS: Record<string, Record<number, string>> = {
  'pod-lifecycle': {
    // Status {"verbose":true}
    2: 'Status info.config as containerd 1.6.20 marshals it (null, not [] or {}, for unset runtime fields)',
    // ListPodSandbox {}
    11: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    12: 'the pause task running: processStatus \"running\" in the sandbox\'s verbose info',
    // $ ctr -n k8s.io tasks ls # sandbox ready
    14: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"main","attempt":0},"image":{"image...
    18: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$main","verbose":true}
    19: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {}
    20: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io containers ls # container created
    21: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # container created
    22: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // $ ctr -n k8s.io snapshots ls # container created
    23: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // StartContainer {"containerId":"$main"}
    25: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $main is CONTAINER_RUNNING
    26: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$main"}
    27: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$main","verbose":true}
    28: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {"filter":{"state":{"state":"CONTAINER_RUNNING"}}}
    29: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {"filter":{"podSandboxId":"$pod","labelSelector":{"tier":"test"}}}
    30: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$main","cmd":["sh","-c","echo out; echo err >&2; exit 7"],"timeout":10}
    31: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$main","cmd":["sh","-c","echo $GREETING; pwd"],"timeout":0}
    32: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$main","cmd":["/no/such/binary"],"timeout":0}
    33: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStats {"containerId":"$main"}
    34: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // UpdateContainerResources {"containerId":"$main","linux":{"cpuShares":"512","memoryLimitInBytes":"67108864"}}
    35: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$main"}
    36: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ReopenContainerLog {"containerId":"$main"}
    37: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io containers ls # container running
    38: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # container running
    39: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // $ ctr -n k8s.io snapshots ls # container running
    40: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io containers info $main
    42: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"once","attempt":0},"image":{"image...
    43: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$once"}
    44: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $once is CONTAINER_EXITED
    45: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$once","verbose":true}
    46: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$once","cmd":["true"],"timeout":0}
    47: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$once"}
    48: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ReopenContainerLog {"containerId":"$once"}
    49: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_web_uid-web-1/once.log
    50: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StopContainer {"containerId":"$main","timeout":1}
    51: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$main"}
    52: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StopContainer {"containerId":"$main","timeout":1}
    53: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_web_uid-web-1/main.log
    54: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // CreateContainer {"podSandboxId":"$doomed","config":{"metadata":{"name":"sleeper","attempt":0},"image":{...
    56: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$sleeper"}
    57: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $sleeper is CONTAINER_RUNNING
    58: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$sleeper"}
    60: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListPodSandbox {}
    61: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io containers ls # second pod removed while ready
    62: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # second pod removed while ready
    63: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // $ ctr -n k8s.io snapshots ls # second pod removed while ready
    64: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // ContainerStatus {"containerId":"$once"}
    68: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {}
    84: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io containers ls # sandbox stopped
    85: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io snapshots ls # sandbox stopped
    87: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // read /tmp/ctrlab-cri-oracle/logs/default_web_uid-web-1/once.log
    92: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$main"}
    95: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_web_uid-web-1/main.log
    98: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
  },
  'images-and-cross-client': {
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"victim","attempt":0},"image":{"ima...
    32: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$victim"}
    33: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $victim is CONTAINER_RUNNING
    34: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io tasks kill $victim
    35: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // wait until $victim is CONTAINER_EXITED
    36: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$victim"}
    37: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io tasks ls
    38: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // ContainerStatus {"containerId":"$victim"}
    40: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {}
    41: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io containers ls
    42: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // RemoveContainer {"containerId":"$victim"}
    43: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {}
    44: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io tasks kill -s KILL $pod
    45: 'the pause task running, so that ctr tasks kill -s KILL reaches it',
    // RemovePodSandbox {"podSandboxId":"$pod"}
    51: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io containers ls
    52: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
  },
  'configs-streams-stats': {
    // ListPodSandbox {}
    5: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"rich","attempt":0},"image":{"image...
    6: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"rich","attempt":0},"image":{"image...
    7: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"noimage","attempt":0},"image":{"im...
    8: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$rich","verbose":true}
    9: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$rich"}
    10: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $rich is CONTAINER_RUNNING
    11: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$rich","cmd":["sh","-c","echo $A $B; pwd; id -u"],"timeout":5}
    12: 'linux.security_context.run_as_user applied to the process (id -u prints 1000) and `id -u` itself',
    // ExecSync {"containerId":"$rich","cmd":["sleep","5"],"timeout":1}
    13: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // Exec {"containerId":"$rich","cmd":["sh"],"tty":true,"stdin":true,"stdout":true}
    14: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // Exec {"containerId":"$rich","cmd":["sh"]}
    15: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // Attach {"containerId":"$rich","stdin":true,"tty":true,"stdout":true}
    16: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // PortForward {"podSandboxId":"$pod","port":[80]}
    17: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainerStats {}
    18: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StopContainer {"containerId":"$rich","timeout":0}
    21: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$rich"}
    22: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_misc_uid-misc-1/rich.log
    23: 'linux.security_context.run_as_user applied to the process (id prints uid=1000)',
    // ListContainerStats {}
    24: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"partial","attempt":0},"image":{"im...
    25: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$partial"}
    26: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $partial is CONTAINER_EXITED
    27: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$partial"}
    28: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_misc_uid-misc-1/partial.log
    29: 'busybox head -c and tr in the simulated shell (the log\'s P/F records themselves match)',
  },
  'pod-network-cni': {
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    4: 'the pod IP from the node\'s CNI config (10.213.7.2 from the bridge conflist in /etc/cni/net.d, not 10.88.0.2) and its cniResult',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"web","attempt":0},"image":{"image"...
    5: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$web"}
    6: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $web is CONTAINER_RUNNING
    7: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$web","cmd":["sh","-c","ip -4 route; cat /etc/hostname"],"timeout":5}
    8: 'busybox ip in the simulated shell (ip -4 route inside the pod)',
    // $ ctr -n k8s.io tasks ls
    9: 'the pause task RUNNING in ctr -n k8s.io tasks ls (the simulator shows STOPPED)',
    // ContainerStatus {"containerId":"$web"}
    12: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_netpod_uid-net-2/web.log
    13: 'busybox ip in the simulated shell (the container\'s log starts with ip\'s output)',
  },
  'filters-prefixes-attempts': {
    // CreateContainer {"podSandboxId":"$podA","config":{"metadata":{"name":"job","attempt":0},"image":{"image...
    4: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$job0"}
    5: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $job0 is CONTAINER_EXITED
    6: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // CreateContainer {"podSandboxId":"$podA","config":{"metadata":{"name":"job","attempt":1},"image":{"image...
    7: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$job1[13]"}
    8: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $job1 is CONTAINER_RUNNING
    9: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // CreateContainer {"podSandboxId":"$podA[13]","config":{"metadata":{"name":"idle","attempt":0},"image":{"...
    10: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // CreateContainer {"podSandboxId":"$podB","config":{"metadata":{"name":"db","attempt":0},"image":{"image"...
    11: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$db"}
    12: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $db is CONTAINER_RUNNING
    13: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListPodSandbox {"filter":{"id":"$podA"}}
    14: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListPodSandbox {"filter":{"id":"$podA[13]"}}
    15: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListPodSandbox {"filter":{"labelSelector":{"tier":"back"}}}
    16: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListPodSandbox {"filter":{"state":{"state":"SANDBOX_NOTREADY"}}}
    17: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {"filter":{"podSandboxId":"$podA"}}
    18: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {"filter":{"podSandboxId":"$podA[13]"}}
    19: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {"filter":{"id":"$job1[13]"}}
    20: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {"filter":{"state":{"state":"CONTAINER_EXITED"}}}
    21: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {"filter":{"state":{"state":"CONTAINER_CREATED"}}}
    22: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {"filter":{"labelSelector":{"tier":"back"}}}
    23: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$job0[13]"}
    26: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$job1"}
    27: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // PodSandboxStatus {"podSandboxId":"$podB[13]"}
    28: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StopContainer {"containerId":"$db[13]","timeout":0}
    31: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {}
    34: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
  },
};
