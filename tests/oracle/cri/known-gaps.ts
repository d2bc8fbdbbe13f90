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
    9: 'the simulated plugin\'s RunPodSandbox',
    // ListPodSandbox {}
    10: 'the simulated plugin\'s ListPodSandbox',
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    11: 'the simulated plugin\'s PodSandboxStatus',
    // $ ctr -n k8s.io containers ls # sandbox ready
    12: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # sandbox ready
    13: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io snapshots ls # sandbox ready
    14: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io containers info $pod
    16: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"main","attempt":0},"image":{"image...
    17: 'the simulated plugin\'s CreateContainer',
    // ContainerStatus {"containerId":"$main","verbose":true}
    18: 'the simulated plugin\'s ContainerStatus',
    // ListContainers {}
    19: 'the simulated plugin\'s ListContainers',
    // $ ctr -n k8s.io containers ls # container created
    20: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # container created
    21: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io snapshots ls # container created
    22: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // StartContainer {"containerId":"$main"}
    24: 'the simulated plugin\'s StartContainer',
    // wait until $main is CONTAINER_RUNNING
    25: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StartContainer {"containerId":"$main"}
    26: 'the simulated plugin\'s StartContainer',
    // ContainerStatus {"containerId":"$main","verbose":true}
    27: 'the simulated plugin\'s ContainerStatus',
    // ListContainers {"filter":{"state":{"state":"CONTAINER_RUNNING"}}}
    28: 'the simulated plugin\'s ListContainers',
    // ListContainers {"filter":{"podSandboxId":"$pod","labelSelector":{"tier":"test"}}}
    29: 'the simulated plugin\'s ListContainers',
    // ExecSync {"containerId":"$main","cmd":["sh","-c","echo out; echo err >&2; exit 7"],"timeout":10}
    30: 'the simulated plugin\'s ExecSync',
    // ExecSync {"containerId":"$main","cmd":["sh","-c","echo $GREETING; pwd"],"timeout":0}
    31: 'the simulated plugin\'s ExecSync',
    // ExecSync {"containerId":"$main","cmd":["/no/such/binary"],"timeout":0}
    32: 'the simulated plugin\'s ExecSync',
    // ContainerStats {"containerId":"$main"}
    33: 'the simulated plugin\'s ContainerStats',
    // UpdateContainerResources {"containerId":"$main","linux":{"cpuShares":"512","memoryLimitInBytes":"67108864"}}
    34: 'the simulated plugin\'s UpdateContainerResources',
    // ContainerStatus {"containerId":"$main"}
    35: 'the simulated plugin\'s ContainerStatus',
    // ReopenContainerLog {"containerId":"$main"}
    36: 'the simulated plugin\'s ReopenContainerLog',
    // $ ctr -n k8s.io containers ls # container running
    37: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # container running
    38: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io snapshots ls # container running
    39: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io containers info $main
    41: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"once","attempt":0},"image":{"image...
    42: 'the simulated plugin\'s CreateContainer',
    // StartContainer {"containerId":"$once"}
    43: 'the simulated plugin\'s StartContainer',
    // wait until $once is CONTAINER_EXITED
    44: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$once","verbose":true}
    45: 'the simulated plugin\'s ContainerStatus',
    // ExecSync {"containerId":"$once","cmd":["true"],"timeout":0}
    46: 'the simulated plugin\'s ExecSync',
    // StartContainer {"containerId":"$once"}
    47: 'the simulated plugin\'s StartContainer',
    // ReopenContainerLog {"containerId":"$once"}
    48: 'the simulated plugin\'s ReopenContainerLog',
    // read /tmp/ctrlab-cri-oracle/logs/default_web_uid-web-1/once.log
    49: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StopContainer {"containerId":"$main","timeout":1}
    50: 'the simulated plugin\'s StopContainer',
    // ContainerStatus {"containerId":"$main"}
    51: 'the simulated plugin\'s ContainerStatus',
    // StopContainer {"containerId":"$main","timeout":1}
    52: 'the simulated plugin\'s StopContainer',
    // read /tmp/ctrlab-cri-oracle/logs/default_web_uid-web-1/main.log
    53: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // RunPodSandbox {"config":{"metadata":{"name":"doomed","uid":"uid-doomed-1","namespace":"default","atte...
    54: 'the simulated plugin\'s RunPodSandbox',
    // CreateContainer {"podSandboxId":"$doomed","config":{"metadata":{"name":"sleeper","attempt":0},"image":{...
    55: 'the simulated plugin\'s CreateContainer',
    // StartContainer {"containerId":"$sleeper"}
    56: 'the simulated plugin\'s StartContainer',
    // wait until $sleeper is CONTAINER_RUNNING
    57: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // RemovePodSandbox {"podSandboxId":"$doomed"}
    58: 'the simulated plugin\'s RemovePodSandbox',
    // ContainerStatus {"containerId":"$sleeper"}
    59: 'the simulated plugin\'s ContainerStatus',
    // ListPodSandbox {}
    60: 'the simulated plugin\'s ListPodSandbox',
    // $ ctr -n k8s.io containers ls # second pod removed while ready
    61: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # second pod removed while ready
    62: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io snapshots ls # second pod removed while ready
    63: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // ContainerStatus {"containerId":"$once"}
    67: 'the simulated plugin\'s ContainerStatus',
    // CreateContainer {"podSandboxId":"f00dbeef","config":{"metadata":{"name":"lost","attempt":0},"image":{"i...
    69: 'the simulated plugin\'s CreateContainer',
    // ContainerStatus {"containerId":"deadbeef"}
    70: 'the simulated plugin\'s ContainerStatus',
    // PodSandboxStatus {"podSandboxId":"deadbeef"}
    71: 'the simulated plugin\'s PodSandboxStatus',
    // StopContainer {"containerId":"deadbeef","timeout":0}
    72: 'the simulated plugin\'s StopContainer',
    // RemoveContainer {"containerId":"deadbeef"}
    73: 'the simulated plugin\'s RemoveContainer',
    // StopPodSandbox {"podSandboxId":"deadbeef"}
    74: 'the simulated plugin\'s StopPodSandbox',
    // RemovePodSandbox {"podSandboxId":"deadbeef"}
    75: 'the simulated plugin\'s RemovePodSandbox',
    // ExecSync {"containerId":"deadbeef","cmd":["true"],"timeout":0}
    76: 'the simulated plugin\'s ExecSync',
    // ContainerStats {"containerId":"deadbeef"}
    77: 'the simulated plugin\'s ContainerStats',
    // UpdateContainerResources {"containerId":"deadbeef","linux":{"cpuShares":"512"}}
    78: 'the simulated plugin\'s UpdateContainerResources',
    // ReopenContainerLog {"containerId":"deadbeef"}
    79: 'the simulated plugin\'s ReopenContainerLog',
    // StopPodSandbox {"podSandboxId":"$pod"}
    80: 'the simulated plugin\'s StopPodSandbox',
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    81: 'the simulated plugin\'s PodSandboxStatus',
    // ListPodSandbox {}
    82: 'the simulated plugin\'s ListPodSandbox',
    // ListContainers {}
    83: 'the simulated plugin\'s ListContainers',
    // $ ctr -n k8s.io containers ls # sandbox stopped
    84: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io snapshots ls # sandbox stopped
    86: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // StopPodSandbox {"podSandboxId":"$pod"}
    88: 'the simulated plugin\'s StopPodSandbox',
    // RemoveContainer {"containerId":"$once"}
    89: 'the simulated plugin\'s RemoveContainer',
    // RemoveContainer {"containerId":"$once"}
    90: 'the simulated plugin\'s RemoveContainer',
    // read /tmp/ctrlab-cri-oracle/logs/default_web_uid-web-1/once.log
    91: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // RemovePodSandbox {"podSandboxId":"$pod"}
    92: 'the simulated plugin\'s RemovePodSandbox',
    // RemovePodSandbox {"podSandboxId":"$pod"}
    93: 'the simulated plugin\'s RemovePodSandbox',
    // ContainerStatus {"containerId":"$main"}
    94: 'the simulated plugin\'s ContainerStatus',
    // ListPodSandbox {}
    95: 'the simulated plugin\'s ListPodSandbox',
    // ListContainers {}
    96: 'the simulated plugin\'s ListContainers',
    // read /tmp/ctrlab-cri-oracle/logs/default_web_uid-web-1/main.log
    97: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io snapshots ls # sandbox removed
    100: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
  },
  'images-and-cross-client': {
    // PullImage {"image":{"image":""}}
    29: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // RunPodSandbox {"config":{"metadata":{"name":"cross","uid":"uid-cross-1","namespace":"default","attemp...
    31: 'the simulated plugin\'s RunPodSandbox',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"victim","attempt":0},"image":{"ima...
    32: 'the simulated plugin\'s CreateContainer',
    // StartContainer {"containerId":"$victim"}
    33: 'the simulated plugin\'s StartContainer',
    // wait until $victim is CONTAINER_RUNNING
    34: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io tasks kill $victim
    35: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // wait until $victim is CONTAINER_EXITED
    36: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$victim"}
    37: 'the simulated plugin\'s ContainerStatus',
    // $ ctr -n k8s.io tasks ls
    38: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io containers rm $victim
    39: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // ContainerStatus {"containerId":"$victim"}
    40: 'the simulated plugin\'s ContainerStatus',
    // ListContainers {}
    41: 'the simulated plugin\'s ListContainers',
    // $ ctr -n k8s.io containers ls
    42: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // RemoveContainer {"containerId":"$victim"}
    43: 'the simulated plugin\'s RemoveContainer',
    // ListContainers {}
    44: 'the simulated plugin\'s ListContainers',
    // $ ctr -n k8s.io tasks kill -s KILL $pod
    45: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // wait until $pod is SANDBOX_NOTREADY
    46: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // PodSandboxStatus {"podSandboxId":"$pod"}
    47: 'the simulated plugin\'s PodSandboxStatus',
    // ListPodSandbox {}
    48: 'the simulated plugin\'s ListPodSandbox',
    // StopPodSandbox {"podSandboxId":"$pod"}
    50: 'the simulated plugin\'s StopPodSandbox',
    // RemovePodSandbox {"podSandboxId":"$pod"}
    51: 'the simulated plugin\'s RemovePodSandbox',
    // $ ctr -n k8s.io containers ls
    52: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
  },
  'configs-streams-stats': {
    // RunPodSandbox {"config":{"metadata":{"name":"misc","uid":"uid-misc-1","namespace":"default","attempt"...
    2: 'the simulated plugin\'s RunPodSandbox',
    // RunPodSandbox {"config":{"metadata":{"name":"misc","uid":"uid-misc-1","namespace":"default","attempt"...
    3: 'the simulated plugin\'s RunPodSandbox',
    // RunPodSandbox {"config":{"metadata":{"name":"netpod","uid":"uid-net-1","namespace":"default","attempt...
    4: 'the simulated plugin\'s RunPodSandbox',
    // ListPodSandbox {}
    5: 'the simulated plugin\'s ListPodSandbox',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"rich","attempt":0},"image":{"image...
    6: 'the simulated plugin\'s CreateContainer',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"rich","attempt":0},"image":{"image...
    7: 'the simulated plugin\'s CreateContainer',
    // CreateContainer {"podSandboxId":"$pod","config":{"metadata":{"name":"noimage","attempt":0},"image":{"im...
    8: 'the simulated plugin\'s CreateContainer',
    // ContainerStatus {"containerId":"$rich","verbose":true}
    9: 'the simulated plugin\'s ContainerStatus',
    // StartContainer {"containerId":"$rich"}
    10: 'the simulated plugin\'s StartContainer',
    // wait until $rich is CONTAINER_RUNNING
    11: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$rich","cmd":["sh","-c","echo $A $B; pwd; id -u"],"timeout":5}
    12: 'the simulated plugin\'s ExecSync',
    // ExecSync {"containerId":"$rich","cmd":["sleep","5"],"timeout":1}
    13: 'the simulated plugin\'s ExecSync',
    // Exec {"containerId":"$rich","cmd":["sh"],"tty":true,"stdin":true,"stdout":true}
    14: 'the simulated plugin\'s Exec',
    // Exec {"containerId":"$rich","cmd":["sh"]}
    15: 'the simulated plugin\'s Exec',
    // Attach {"containerId":"$rich","stdin":true,"tty":true,"stdout":true}
    16: 'the simulated plugin\'s Attach',
    // PortForward {"podSandboxId":"$pod","port":[80]}
    17: 'the simulated plugin\'s PortForward',
    // ListContainerStats {}
    18: 'the simulated plugin\'s ListContainerStats',
    // PodSandboxStats {"podSandboxId":"$pod"}
    19: 'the simulated plugin\'s PodSandboxStats',
    // ListPodSandboxStats {}
    20: 'the simulated plugin\'s ListPodSandboxStats',
    // StopContainer {"containerId":"$rich","timeout":0}
    21: 'the simulated plugin\'s StopContainer',
    // ContainerStatus {"containerId":"$rich"}
    22: 'the simulated plugin\'s ContainerStatus',
    // read /tmp/ctrlab-cri-oracle/logs/default_misc_uid-misc-1/rich.log
    23: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListContainerStats {}
    24: 'the simulated plugin\'s ListContainerStats',
    // StopPodSandbox {"podSandboxId":"$pod"}
    25: 'the simulated plugin\'s StopPodSandbox',
    // RemovePodSandbox {"podSandboxId":"$pod"}
    26: 'the simulated plugin\'s RemovePodSandbox',
    // PodSandboxStatus {"podSandboxId":"$netpod","verbose":true}
    27: 'the simulated plugin\'s PodSandboxStatus',
    // StopPodSandbox {"podSandboxId":"$netpod"}
    28: 'the simulated plugin\'s StopPodSandbox',
    // RemovePodSandbox {"podSandboxId":"$netpod"}
    29: 'the simulated plugin\'s RemovePodSandbox',
    // ListPodSandbox {}
    30: 'the simulated plugin\'s ListPodSandbox',
  },
};
