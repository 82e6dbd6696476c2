/**
 * The phone in the browser: one page on the SDK's browser bundle. Connect as a
 * user, shake, see outcomes, open and share won packets (the share shows the
 * group packet id to send to friends), grab a friend's packet by id, see the
 * balance and the resource pre-download status. Elements carry data-testid
 * for the headless browser test.
 */
export function phonePage(o: { sdkUrl: string }): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Shake phone</title>
<style>
body{font:15px/1.4 system-ui,sans-serif;max-width:520px;margin:16px auto;padding:0 12px;color:#222}
h1{font-size:20px;margin:4px 0} section{border:1px solid #ddd;border-radius:8px;padding:8px 12px;margin:10px 0}
button{font:inherit;padding:6px 12px;margin:2px} #shake{font-size:22px;padding:14px 28px;background:#c8102e;color:#fff;border:0;border-radius:10px}
li{margin:4px 0} .err{color:#c8102e} code{background:#f6f8fa;padding:0 4px}
</style></head><body>
<h1>Shake phone</h1>
<section><label>user <input id="user" data-testid="user" size="18"></label> <button id="connect" data-testid="connect">connect</button>
<div id="status" data-testid="status">not connected</div></section>
<section><button id="shake" data-testid="shake" disabled>shake</button>
<div>last: <span id="outcome" data-testid="outcome">-</span> (<span id="shakes" data-testid="shakes">0</span> shakes)</div></section>
<section><b>won packets</b><ul id="packets" data-testid="packets"></ul></section>
<section><b>grab a friend's packet</b><br><input id="grab-id" data-testid="grab-id" placeholder="group packet id" size="24"> <button id="grab" data-testid="grab" disabled>grab</button>
<div id="grab-result" data-testid="grab-result"></div></section>
<section><b>balance</b> <span id="balance" data-testid="balance">-</span> <button id="balance-btn" data-testid="balance-btn" disabled>refresh</button></section>
<section><b>resources</b> <span id="resources" data-testid="resources">-</span><ul id="resource-problems" data-testid="resource-problems"></ul></section>
<script type="module">
import { ShakeClient, constructorFactory, ResourcePrefetcher, Outcome } from '${o.sdkUrl}';
const $ = (id) => document.getElementById(id);
const OUTCOMES = { 1: 'nothing', 2: 'greeting card', 3: 'star video', 4: 'take a rest', 5: 'red packet' };
const cents = (c) => (c / 100).toFixed(2) + ' yuan';
const errText = (e) => (e && e.code ? e.code + (e.retryAfterMs ? ' (try again in ' + e.retryAfterMs + ' ms)' : '') : String(e));
const params = new URLSearchParams(location.search);
$('user').value = params.get('user') || 'web-' + Math.random().toString(36).slice(2, 8);
let client = null;
const prefetcher = new ResourcePrefetcher({ baseUrl: location.href });
let shakes = 0;

async function prefetch() {
  $('resources').textContent = 'downloading...';
  try {
    const r = await client.prefetchResources(prefetcher);
    $('resources').textContent = 'manifest v' + r.version + ': ' + (r.complete ? 'all ' : '') + (r.downloaded.length + r.cached.length) + ' verified, ' + r.problems.length + ' refused; holding v' + prefetcher.heldVersion;
    $('resources').dataset.complete = String(r.complete);
    $('resource-problems').replaceChildren(...r.problems.map((p) => { const li = document.createElement('li'); li.className = 'err'; li.dataset.resourceId = p.id; li.textContent = p.code + ' ' + p.id + ': ' + p.message; return li; }));
  } catch (e) { $('resources').textContent = 'failed: ' + errText(e); }
}

$('connect').onclick = async () => {
  client?.close();
  const user = $('user').value.trim();
  const cfg = await (await fetch('/api/phone-config')).json();
  client = new ShakeClient({
    gateways: cfg.gateways,
    token: async () => { const r = await fetch('/api/token?user=' + encodeURIComponent(user)); if (!r.ok) throw new Error('no token'); return (await r.json()).token; },
    webSocket: constructorFactory(WebSocket),
    listener: { resourceManifest: () => void prefetch(), disconnected: () => { $('status').textContent = 'reconnecting...'; }, connected: (url) => { $('status').textContent = 'connected as ' + user + ' to ' + url; } },
  });
  $('status').textContent = 'connecting...';
  await client.connect();
  $('status').textContent = 'connected as ' + user + ' to ' + client.currentUrl;
  $('status').dataset.connected = 'true';
  for (const b of ['shake', 'grab', 'balance-btn']) $(b).disabled = false;
  void prefetch();
  void refreshBalance();
};

$('shake').onclick = async () => {
  try {
    const r = await client.shake();
    $('shakes').textContent = String(++shakes);
    let text = OUTCOMES[r.outcome] || String(r.outcome);
    if (r.contentId) text += ' (' + r.contentId + ')';
    if (r.outcome === Outcome.RED_PACKET && r.packet) { text += ': ' + cents(r.packet.amountCents); addPacket(r.packet); }
    $('outcome').textContent = text;
  } catch (e) { $('outcome').textContent = errText(e); }
};

function addPacket(p) {
  const li = document.createElement('li');
  li.dataset.packetId = p.packetId;
  li.innerHTML = '<code></code> ' + cents(p.amountCents) + (p.shares ? ' + ' + p.shares + ' shares of ' + cents(p.shareAmountCents) : '') + ' <button class="open">open</button> <button class="share">share</button> <span class="state"></span>';
  li.querySelector('code').textContent = p.sponsorId;
  li.querySelector('.share').disabled = !p.shares;
  const state = li.querySelector('.state');
  li.querySelector('.open').onclick = async () => {
    try { const r = await client.open(p.token); state.textContent = 'opened ' + cents(r.amountCents); state.dataset.opened = 'true'; void refreshBalance(); }
    catch (e) { state.textContent = errText(e); }
  };
  li.querySelector('.share').onclick = async () => {
    try { const r = await client.share(p.token); state.innerHTML = 'shared: send friends <code class="group-id"></code>'; state.querySelector('.group-id').textContent = r.groupPacketId; state.dataset.groupId = r.groupPacketId; }
    catch (e) { state.textContent = errText(e); }
  };
  $('packets').append(li);
}

$('grab').onclick = async () => {
  const id = $('grab-id').value.trim();
  const out = $('grab-result');
  try {
    const r = await client.grab(id);
    out.textContent = (r.status === 2 ? 'already grabbed: ' : 'grabbed ') + cents(r.amountCents);
    out.dataset.amountCents = String(r.amountCents);
    out.dataset.code = r.status === 2 ? 'DUPLICATE' : 'OK';
    void refreshBalance();
  } catch (e) { out.textContent = errText(e); out.dataset.code = e.code || 'ERROR'; }
};

async function refreshBalance() {
  try { const b = await client.balance(); $('balance').textContent = cents(b); $('balance').dataset.cents = String(b); }
  catch (e) { $('balance').textContent = errText(e); }
}
$('balance-btn').onclick = () => void refreshBalance();
</script></body></html>
`;
}
