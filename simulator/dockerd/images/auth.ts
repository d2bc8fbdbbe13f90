// POST /auth (moby 20.10 daemon/auth.go → registry/auth.go loginV2): the registry's /v2/ is
// pinged and the credentials tried; on success the answer's Status is `Login Succeeded`. The
// client keeps the credentials itself (config.json); dockerd stores nothing.

import type { Node } from '../../node';
import { systemError } from '../errors';
import { registryAccess } from './registry-access';

export interface AuthRequest {
  username: string;
  password: string;
  /** `https://index.docker.io/v1/` for Docker Hub, else the registry host. */
  serverAddress: string;
}

const DOCKER_HUB = 'https://index.docker.io/v1/';

export function login(node: Node, req: AuthRequest): { Status: string } {
  const host = req.serverAddress === DOCKER_HUB ? 'docker.io' : req.serverAddress.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  const access = registryAccess(node, host, 'library/_login', { username: req.username, password: req.password }, false);
  if (!access.ok) throw systemError(access.message);
  return { Status: 'Login Succeeded' };
}
