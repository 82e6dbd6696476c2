/**
 * `npm run token -- <user> [--deployment var/embedded/deployment.json] [--ttl-sec 3600]`:
 * prints a phone token for <user>, signed with the auth secret of the running
 * local deployment (read from its descriptor), and the URL to connect with it.
 */
import { parseCli, runCli, usageError } from '../../common/cli.ts';
import { DEFAULT_DESCRIPTOR, readDeployment, userToken } from './descriptor.ts';

const USAGE = `usage: npm run token -- <user> [--deployment FILE] [--ttl-sec N] [--url]

Prints a phone token for <user> (letters, digits, _ : -), signed with the auth secret of the
running local deployment.
  --deployment FILE  the deployment's descriptor (default ${DEFAULT_DESCRIPTOR}, written by npm start)
  --ttl-sec N        token lifetime in seconds (default 3600)
  --url              print the gateway URL with the token instead of the bare token
exit: 0 printed, 64 bad usage, 1 no running deployment or a bad user id`;

runCli('token', () => {
  const { values, positionals } = parseCli('token', USAGE, { allowPositionals: true, options: {
    deployment: { type: 'string', default: DEFAULT_DESCRIPTOR }, 'ttl-sec': { type: 'string', default: '3600' }, url: { type: 'boolean', default: false },
  } });
  if (positionals.length !== 1) throw usageError('give exactly one user id');
  const ttl = Number(values['ttl-sec']);
  if (!Number.isInteger(ttl) || ttl < 1) throw usageError('--ttl-sec must be a positive integer');
  const dep = readDeployment(values.deployment!);
  const token = userToken(dep, positionals[0]!, ttl);
  console.log(values.url ? `${dep.gateways[0]!.wsUrl}?token=${encodeURIComponent(token)}` : token);
  return 0;
}, 1);
