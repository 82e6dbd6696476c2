/**
 * The friend flows of the hand-driven phone CLI (`npm run phone`, ops/cli/phone.ts),
 * end to end: the CLI runs as a child process against a real embedded
 * deployment (config service, money service, gateway, agent: real processes),
 * found through the deployment's descriptor as a user's `npm start` leaves it.
 * A shakes with --open-share and the CLI prints the command a friend runs;
 * B runs it (--grab) and gets an amount, a second --grab says already grabbed,
 * --balance shows the amount, --detail lists B; an id nobody shared is "not found";
 * with the money service hung, --balance gives up after --retry-seconds with exit 1.
 */
import t from 'tap';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { Deployment } from '../../ops/deploy/deployment.ts';
import { applyShow } from '../../bench/drill/show-setup.ts';
import { defaultShowConfig } from '../../contracts/show/default-show.ts';
import { TestPhone } from '../helpers/phone.ts';
import { runEntry, type EntryRun } from '../helpers/run-entry.ts';

const phoneCli = (descriptor: string, args: string[]): Promise<EntryRun> => runEntry('ops/cli/phone.ts', ['--deployment', descriptor, ...args]);

const show = (r: EntryRun) => `exit ${r.code}\n${r.out}${r.err}`;

t.test('phone CLI: share, then a friend grabs, sees the detail list and the balance', async (t) => {
  const t0 = Date.now();
  const lap = (what: string) => t.comment(`${what}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  const dir = mkdtempSync(path.join(tmpdir(), 'phone-cli-friends-'));
  const dep = await Deployment.start({ profile: 'embedded', dir, fresh: true, gateways: 1, basePort: 0, seedCount: 1000, logLevel: 'warn', say: () => {} });
  t.teardown(async () => { await dep.stop(); rmSync(dir, { recursive: true, force: true }); });
  const info = dep.info;
  lap('deployment up');
  const descriptor = path.join(dir, 'deployment.json');
  const now = Date.now();
  const base = defaultShowConfig(now, { gatewayIds: info.gateways.map((g) => g.id), showId: 'phone-cli-friends' });
  await applyShow(info, { ...base, rounds: [{
    id: 'friends-round', title: 'friends round', startMs: now - 1000, endMs: now + 600_000, releaseRatePerSec: 400,
    sponsorIds: info.seeds.sponsors, packetDrawProbability: 1,
  }] });

  // An id nobody shared: the CLI asks again for a few seconds (a share just made is not at the money service
  // yet), then says "not found". Run alongside the rest to keep the wall time down.
  const unknownRun = phoneCli(descriptor, ['--user', 'friend-b', '--grab', 'p99999999999999']);

  // A shakes until the show's cap (3 packets, each shareable with probability 1/2), opening and sharing
  // every packet; the CLI prints the command a friend runs. A user whose packets had no shares: the next one.
  let command: RegExpMatchArray | null = null;
  let sender = '';
  for (let i = 0; !command && i < 6; i++) {
    sender = `sender-${i}`;
    const a = await phoneCli(descriptor, ['--user', sender, '--open-share', '--shakes', '6', '--interval-ms', '20']);
    t.equal(a.code, 0, `${sender}'s shake session exits 0`);
    t.match(a.out, new RegExp(`${sender}'s balance: \\d+\\.\\d\\d yuan|still asks to try again`), 'the session ends with the balance');
    command = a.out.match(/a friend grabs a share with: npm run phone -- --user FRIEND --grab (\S+)/);
    if (i === 5 && !command) t.fail(`no shareable packet won:\n${show(a)}`);
  }
  if (!command) return;
  const groupId = command[1]!;
  lap('shared');

  // The group packet reaches the money service a moment after the share's OK (journal, queue): wait for it.
  const watcher = await TestPhone.connect(info.gateways[0]!.wsUrl, { secret: info.secrets.auth, userId: sender });
  t.teardown(() => watcher.close());
  for (const deadline = Date.now() + 30_000; ;) {
    const d = await watcher.call({ packetDetail: { groupPacketId: groupId, page: 0 } });
    if (d.packetDetail) break;
    if (Date.now() > deadline) throw new Error(`group packet ${groupId} never reached the money service (${d.error?.code})`);
    await new Promise((res) => setTimeout(res, 100));
  }

  lap('at the money service');
  const grab = await phoneCli(descriptor, ['--user', 'friend-b', '--grab', groupId]);
  t.equal(grab.code, 0, `--grab exits 0 (${show(grab)})`);
  const got = grab.out.match(new RegExp(`friend-b grabbed (\\d+\\.\\d\\d) yuan from ${groupId}`));
  t.ok(got, `--grab prints the amount grabbed:\n${grab.out}`);
  const amount = got?.[1] ?? 'none';

  lap('grabbed');
  const [again, balance, detail, unknown] = await Promise.all([
    phoneCli(descriptor, ['--user', 'friend-b', '--grab', groupId]),
    phoneCli(descriptor, ['--user', 'friend-b', '--balance']),
    phoneCli(descriptor, ['--user', 'friend-c', '--detail', groupId]),
    unknownRun,
  ]);
  t.equal(again.code, 0, 'a second --grab exits 0');
  t.match(again.out, `friend-b grabs from ${groupId}: already grabbed: ${amount} yuan`, `a second --grab says already grabbed, with the first amount:\n${again.out}`);
  t.equal(balance.code, 0, '--balance exits 0');
  t.match(balance.out, `friend-b's balance: ${amount} yuan`, `--balance shows the grabbed amount:\n${balance.out}`);
  t.equal(detail.code, 0, '--detail exits 0');
  t.match(detail.out, `group packet ${groupId} from ${sender}`, `--detail names the packet and its sender:\n${detail.out}`);
  t.match(detail.out, `friend-b grabbed ${amount} yuan`, '--detail lists friend-b and the amount');
  t.equal(unknown.code, 0, 'an unknown id is a final answer: exit 0');
  t.match(unknown.out, 'p99999999999999: not found', `an unknown id: not found:\n${unknown.out}`);

  lap('answered');
  // The money service hung: every balance is answered TRY_AGAIN_LATER; the CLI asks again until --retry-seconds, then exits 1.
  const moneyPid = dep.supervisor.pidOf('money')!;
  process.kill(moneyPid, 'SIGSTOP');
  let hung: EntryRun;
  try {
    hung = await phoneCli(descriptor, ['--user', 'friend-b', '--balance', '--retry-seconds', '2']);
  } finally {
    process.kill(moneyPid, 'SIGCONT');
  }
  t.equal(hung.code, 1, `still TRY_AGAIN_LATER at the bound: exit 1 (${show(hung)})`);
  t.match(hung.out, 'the money side asks to try again; asking again in', 'it obeyed retry_after_ms');
  t.match(hung.out, "friend-b's balance: the money side still asks to try again after 2 s", 'and says it gave up');
});
