/** The gateway's money settings are validated like the others: maxInFlight bounds the money requests waiting for the agent. */
import t from 'tap';
import { defaultGatewayConfig, validateGatewayConfig } from '../settings.ts';

t.test('money.maxInFlight: default 512, must be 1..100000', async (t) => {
  const c = defaultGatewayConfig();
  t.equal(c.money.maxInFlight, 512);
  t.doesNotThrow(() => validateGatewayConfig(c));
  for (const bad of [0, -1, 1.5, 100_001, Number.NaN]) {
    const err = (() => { try { validateGatewayConfig({ ...c, money: { ...c.money, maxInFlight: bad } }); return null; } catch (e) { return e as { code?: string; message: string }; } })();
    t.equal(err?.code, 'GATEWAY_CONFIG_INVALID', `${bad} refused`);
    t.match(err?.message ?? '', /money\.maxInFlight/);
  }
});
