// Steps of the CRI scenarios the simulator does not answer as the real plugin yet, by scenario
// and step index, each with what it waits for. The differential test skips them under that
// name; everything else must match. Rewritten from the recorded fixtures with
// `npx tsx tests/oracle/cri/diff-fixtures.ts --write-gaps` (it keeps this header): run it when
// a part of the simulated plugin lands, and the list shrinks.

export const CRI_GAPS: Record<string, Record<number, string>> = {
  'pod-lifecycle': {
    // Status {"verbose":true}
    2: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    12: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io tasks ls # sandbox ready
    14: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io containers info $pod
    17: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # container created
    22: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # container running
    39: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io containers info $main
    42: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // $ ctr -n k8s.io tasks ls # second pod removed while ready
    63: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
  },
  'images-and-cross-client': {
    // $ ctr -n k8s.io tasks ls
    38: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
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
    // $ ctr -n k8s.io tasks ls
    49: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // RemovePodSandbox {"podSandboxId":"$pod"}
    51: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io containers ls
    52: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
  },
  'configs-streams-stats': {
    // RunPodSandbox {"config":{"metadata":{"name":"netpod","uid":"uid-net-1","namespace":"default","attempt...
    4: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListPodSandbox {}
    5: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ContainerStatus {"containerId":"$rich","verbose":true}
    9: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$rich","cmd":["sh","-c","echo $A $B; pwd; id -u"],"timeout":5}
    12: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_misc_uid-misc-1/rich.log
    23: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_misc_uid-misc-1/partial.log
    29: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // PodSandboxStatus {"podSandboxId":"$netpod","verbose":true}
    32: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // StopPodSandbox {"podSandboxId":"$netpod"}
    33: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // RemovePodSandbox {"podSandboxId":"$netpod"}
    34: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ListPodSandbox {}
    35: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
  },
  'pod-network-cni': {
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    4: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // ExecSync {"containerId":"$web","cmd":["sh","-c","ip -4 route; cat /etc/hostname"],"timeout":5}
    8: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // $ ctr -n k8s.io tasks ls
    9: 'the CRI objects of the steps before, as ctr -n k8s.io shows them',
    // PodSandboxStatus {"podSandboxId":"$pod","verbose":true}
    11: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
    // read /tmp/ctrlab-cri-oracle/logs/default_netpod_uid-net-2/web.log
    13: 'an answer equal to the real plugin\'s (diff-fixtures.ts shows both)',
  },
};
