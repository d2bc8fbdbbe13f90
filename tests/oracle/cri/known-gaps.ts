// Steps of the CRI scenarios the simulator does not answer as the real plugin yet, by scenario
// and step index, each with what it waits for. The differential test skips them under that
// name; everything else must match. Rewritten from the recorded fixtures with
// `npx tsx tests/oracle/cri/diff-fixtures.ts --write-gaps` (it keeps this header): run it when
// a part of the simulated plugin lands, and the list shrinks.

export const CRI_GAPS: Record<string, Record<number, string>> = {
  'pod-lifecycle': {
    // Version {}
    0: 'the simulated plugin\'s Version',
    // Status {}
    1: 'the simulated plugin\'s Status',
    // RunPodSandbox {"config":{"metadata":{"name":"web","uid":"uid-web-1","namespace":"default","attempt":1...
    9: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListPodSandbox {}
    10: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    11: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io containers ls # sandbox ready
    12: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # sandbox ready
    13: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io snapshots ls # sandbox ready
    14: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io containers info $pod
    16: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"main","attempt":0},"image":{"image...
    17: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$main","verbose":true}
    18: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {}
    19: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io containers ls # container created
    20: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # container created
    21: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io snapshots ls # container created
    22: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // StartContainer {"containerId":"$main"}
    24: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $main is CONTAINER_RUNNING
    25: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$main"}
    26: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$main","verbose":true}
    27: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {"filter":{"state":{"state":"CONTAINER_RUNNING"}}}
    28: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {"filter":{"podSandboxId":"$pod","labelSelector":{"tier":"test"}}}
    29: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$main","cmd":["sh","-c","echo out; echo err >&2; exit 7"],"timeout":10}
    30: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$main","cmd":["sh","-c","echo $GREETING; pwd"],"timeout":0}
    31: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$main","cmd":["/no/such/binary"],"timeout":0}
    32: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStats {"containerId":"$main"}
    33: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // UpdateContainerResources {"containerId":"$main","linux":{"cpuShares":"512","memoryLimitInBytes":"67108864"}}
    34: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$main"}
    35: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ReopenContainerLog {"containerId":"$main"}
    36: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io containers ls # container running
    37: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # container running
    38: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io snapshots ls # container running
    39: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io containers info $main
    41: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"once","attempt":0},"image":{"image...
    42: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$once"}
    43: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $once is CONTAINER_EXITED
    44: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$once","verbose":true}
    45: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$once","cmd":["true"],"timeout":0}
    46: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$once"}
    47: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ReopenContainerLog {"containerId":"$once"}
    48: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_web_uid-web-1/once.log
    49: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StopContainer {"containerId":"$main","timeout":1}
    50: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$main"}
    51: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StopContainer {"containerId":"$main","timeout":1}
    52: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_web_uid-web-1/main.log
    53: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // RunPodSandbox {"config":{"metadata":{"name":"doomed","uid":"uid-doomed-1","namespace":"default","atte...
    54: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // CreateContainer {"podSandboxId":"$doomed","config":{"metadata":{"name":"sleeper","attempt":0},"image":{...
    55: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$sleeper"}
    56: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $sleeper is CONTAINER_RUNNING
    57: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$sleeper"}
    59: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListPodSandbox {}
    60: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io containers ls # second pod removed while ready
    61: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # second pod removed while ready
    62: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io snapshots ls # second pod removed while ready
    63: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // ContainerStatus {"containerId":"$once"}
    67: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StopPodSandbox {"podSandboxId":"$pod"}
    80: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    81: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListPodSandbox {}
    82: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainers {}
    83: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io containers ls # sandbox stopped
    84: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io snapshots ls # sandbox stopped
    86: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // StopPodSandbox {"podSandboxId":"$pod"}
    88: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_web_uid-web-1/once.log
    91: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$main"}
    94: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_web_uid-web-1/main.log
    97: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
  },
  'images-and-cross-client': {
    // RunPodSandbox {"config":{"metadata":{"name":"cross","uid":"uid-cross-1","namespace":"default","attemp...
    31: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
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
    38: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io containers rm $victim
    39: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
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
    45: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // wait until $pod is SANDBOX_NOTREADY
    46: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // PodSandboxStatus {"podSandboxId":"$pod"}
    47: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListPodSandbox {}
    48: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StopPodSandbox {"podSandboxId":"$pod"}
    50: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // RemovePodSandbox {"podSandboxId":"$pod"}
    51: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io containers ls
    52: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
  },
  'configs-streams-stats': {
    // RunPodSandbox {"config":{"metadata":{"name":"misc","uid":"uid-misc-1","namespace":"default","attempt"...
    2: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // RunPodSandbox {"config":{"metadata":{"name":"misc","uid":"uid-misc-1","namespace":"default","attempt"...
    3: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // RunPodSandbox {"config":{"metadata":{"name":"netpod","uid":"uid-net-1","namespace":"default","attempt...
    4: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
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
    12: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
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
    // PodSandboxStats {"podSandboxId":"$pod"}
    19: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListPodSandboxStats {}
    20: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StopContainer {"containerId":"$rich","timeout":0}
    21: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$rich"}
    22: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_misc_uid-misc-1/rich.log
    23: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainerStats {}
    24: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StopPodSandbox {"podSandboxId":"$pod"}
    25: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // PodSandboxStatus {"podSandboxId":"$netpod","verbose":true}
    27: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StopPodSandbox {"podSandboxId":"$netpod"}
    28: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // RemovePodSandbox {"podSandboxId":"$netpod"}
    29: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListPodSandbox {}
    30: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
  },
  'pod-network-cni': {
    // Status {}
    2: 'the simulated plugin\'s Status',
    // RunPodSandbox {"config":{"metadata":{"name":"netpod","uid":"uid-net-2","namespace":"default","attempt...
    3: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    4: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"web","attempt":0},"image":{"image"...
    5: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$web"}
    6: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // wait until $web is CONTAINER_RUNNING
    7: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$web","cmd":["sh","-c","ip -4 route; cat /etc/hostname"],"timeout":5}
    8: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io tasks ls
    9: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // StopPodSandbox {"podSandboxId":"$pod"}
    10: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    11: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$web"}
    12: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_netpod_uid-net-2/web.log
    13: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
  },
};
