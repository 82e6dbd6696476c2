/** The embedded default show names the sponsors the deployment's seeds hold, so every round can be fed. */
import t from 'tap';
import { defaultShowConfig, DEFAULT_FIRST_ROUND_IN_MS } from '../../contracts/show/default-show.ts';
import { unfedRounds } from '../../contracts/show/feed-check.ts';
import { validateShowConfig } from '../../contracts/show/validate.ts';
import { GENERATE_DEFAULTS } from '../../seed-splitter/generate.ts';

const NOW = 1_800_000_000_000;

t.test('default: the seed generator\'s sponsors, dealt over the three rounds', async (t) => {
  const show = defaultShowConfig(NOW);
  t.ok(validateShowConfig(show).ok, 'valid');
  t.same(unfedRounds(show, new Set(GENERATE_DEFAULTS.sponsors)), [], 'every round fed by the generated seeds');
  t.same(show.rounds.map((r) => r.sponsorIds), [['sponsor-01', 'sponsor-04', 'sponsor-07'], ['sponsor-02', 'sponsor-05', 'sponsor-08'], ['sponsor-03', 'sponsor-06']]);
  t.ok(show.rounds[0]!.sponsorIds.length >= show.caps.packetsPerUser, 'a user can reach the show cap in the first round');
  t.equal(show.rounds[0]!.startMs - NOW, DEFAULT_FIRST_ROUND_IN_MS, 'the first round starts soon after start');
  t.ok(DEFAULT_FIRST_ROUND_IN_MS <= 15_000);
});

t.test('built from the sponsors held; fewer sponsors than rounds are reused', async (t) => {
  const show = defaultShowConfig(NOW, { sponsorIds: ['acme'] });
  t.ok(validateShowConfig(show).ok, 'valid');
  t.same(show.rounds.map((r) => r.sponsorIds), [['acme'], ['acme'], ['acme']]);
  t.same(unfedRounds(show, new Set(['acme'])), []);
  t.same(unfedRounds(show, new Set(['other'])).map((r) => r.roundId), ['r1', 'r2', 'r3'], 'and the check names every round a deployment cannot feed');
});
