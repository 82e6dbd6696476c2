/**
 * What the hand tools (`npm run token`, `npm run phone`) need from a running
 * local deployment: its descriptor (`<dir>/deployment.json`, written 0600 by
 * the deployment) for the gateway URLs and the auth secret the gateways check.
 */
import { existsSync, readFileSync } from 'node:fs';
import { catalogued } from '../../contracts/errors.ts';
import { makeUserToken } from '../../gateway/index.ts';
import type { DeploymentInfo } from '../deploy/types.ts';

export const DEFAULT_DESCRIPTOR = 'var/embedded/deployment.json';

export function readDeployment(file: string): DeploymentInfo {
  if (!existsSync(file)) {
    throw catalogued('DEPLOYMENT_NOT_RUNNING', `${file} does not exist: start the deployment first (npm start), or pass --deployment <dir>/deployment.json`);
  }
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as DeploymentInfo;
  } catch (e) {
    throw catalogued('DEPLOYMENT_NOT_RUNNING', `${file}: not a deployment descriptor: ${(e as Error).message}`);
  }
}

/** A phone token for `userId`, signed with the deployment's auth secret. */
export function userToken(dep: DeploymentInfo, userId: string, ttlSec: number): string {
  return makeUserToken(dep.secrets.auth, userId, Date.now() + ttlSec * 1000);
}
