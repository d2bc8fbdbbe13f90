// Swarm mode on node1's dockerd: the node is in no swarm and never joins one here (`docker swarm
// init` and a join that would reach a manager are not simulated), so every call of a manager's
// API answers as moby 20.10 does on such a node (daemon/cluster/errors.go errNoSwarm and
// errNoManager, errdefs.Unavailable: HTTP 503), as a private real dockerd 20.10.24 printed them.

import { DockerdError } from '../errors';

/** errNoManager: what GET /swarm, /nodes, /services, /tasks, /configs, /secrets answer. */
const NOT_A_MANAGER =
  'This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.';
/** errNoSwarm: POST /swarm/leave on a node in no swarm. */
const NOT_IN_SWARM = 'This node is not part of a swarm';

/** swarmkit's join token shape (ca/config.go ParseJoinToken): SWMTKN-1-<50 base36>-<25 base36>. */
const JOIN_TOKEN = /^SWMTKN-1-[0-9a-z]{50}-[0-9a-z]{25}$/;

export interface SwarmApi {
  /** Any call of a manager's API: always 503 NOT_A_MANAGER here. */
  managerCall(): never;
  /** POST /swarm/leave: always 503 NOT_IN_SWARM. */
  leave(): never;
  /**
   * POST /swarm/join: 400 `invalid join token` for a token that is not one; undefined for a
   * well-formed or empty token, whose join (a manager to dial) the caller reports as not simulated.
   */
  checkJoinToken(token: string): void;
}

export function swarmApi(): SwarmApi {
  return {
    managerCall: () => {
      throw new DockerdError(503, NOT_A_MANAGER);
    },
    leave: () => {
      throw new DockerdError(503, NOT_IN_SWARM);
    },
    checkJoinToken: (token) => {
      if (token !== '' && !JOIN_TOKEN.test(token)) throw new DockerdError(400, 'invalid join token');
    },
  };
}
