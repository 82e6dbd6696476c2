import t from 'tap';
import path from 'node:path';
import { createPublisher, createConsumer } from '../factory.ts';
import { createLogger } from '../../common/logger.ts';
import { msg, waitFor } from './helpers.ts';

t.test('factory builds a working sqlite publisher/consumer pair from config', async (t) => {
  const logger = createLogger('test', { level: 'silent' });
  const cfg = { kind: 'sqlite' as const, path: path.join(t.testdir(), 'q.db'), consumerName: 'money' };
  const pub = await createPublisher(cfg, { serviceToken: 'unused-by-sqlite', logger });
  const con = await createConsumer(cfg, { serviceToken: 'unused-by-sqlite', logger });
  t.teardown(async () => { await con.close(); await pub.close(); });
  const got: string[] = [];
  await con.start(async (m) => { got.push(m.id); });
  await pub.publish(msg('a', 'k'));
  await pub.publish(msg('b', 'k'));
  await waitFor(() => got.length === 2, 5000, 'delivery');
  t.same(got, ['a', 'b']);
  await t.rejects(createPublisher({ kind: 'nope' } as never, { serviceToken: 'unused' }), { code: 'QUEUE_CONFIG_INVALID' });
});
