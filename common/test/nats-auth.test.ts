import t from 'tap';
import { createHmac } from 'node:crypto';
import { natsClientCredentials, natsRouteCredentials, NATS_CLIENT_USER, NATS_ROUTE_USER } from '../nats-auth.ts';

t.test('client and route credentials derive from the service token', async (t) => {
  const token = 'a-service-token-of-some-length';
  const c = natsClientCredentials(token);
  const r = natsRouteCredentials(token);
  t.equal(c.user, NATS_CLIENT_USER);
  t.equal(c.user, 'shake');
  t.equal(r.user, NATS_ROUTE_USER);
  t.equal(r.user, 'shake-route');
  t.equal(c.pass, createHmac('sha256', token).update('nats-client').digest('hex'));
  t.equal(r.pass, createHmac('sha256', token).update('nats-route').digest('hex'));
  t.match(c.pass, /^[0-9a-f]{64}$/, 'hex: nothing to quote in a config file');
  t.not(c.pass, r.pass, 'a client password does not open a route');
  t.not(c.pass, token, 'the service token itself never reaches the NATS config');
});

t.test('deterministic per token, different across tokens', async (t) => {
  t.same(natsClientCredentials('token-one-xxxxxxxx'), natsClientCredentials('token-one-xxxxxxxx'));
  t.not(natsClientCredentials('token-one-xxxxxxxx').pass, natsClientCredentials('token-two-xxxxxxxx').pass);
  t.not(natsRouteCredentials('token-one-xxxxxxxx').pass, natsRouteCredentials('token-two-xxxxxxxx').pass);
});

t.test('an empty token is refused (every deployment would share the password)', async (t) => {
  t.throws(() => natsClientCredentials(''));
  t.throws(() => natsRouteCredentials(''));
});
