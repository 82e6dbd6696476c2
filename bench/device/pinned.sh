#!/usr/bin/env bash
# Pinned figures on a multi-core machine (>= 12 cores), about 6 minutes:
#   1. shake throughput, gateway and raw echo pinned to 2 cores (1 IO thread x 1 logic worker),
#      load client on the cores from 8 up;
#   2. the same with the gateway on 8 cores (4 IO threads x 2 logic workers);
#   3. durable open acks at 50k/s (and 20k/s) with the gateway on 8 cores, native load client elsewhere,
#      each with the raw echo at the same rate as the same-run reference.
# Writes $OUT/ (default bench/out/device): pinned.log (everything printed), the benches' JSON, summary.json.
#
# Here (network, toolchain), before packing:   bash bench/device/pinned.sh --prepare && ../shared/tools/device-pack
# There (bare, no network):                    bash .devpack/unpack && export PATH=$PWD/.devpack/bin:$PATH && bash bench/device/pinned.sh
# Small-scale check of every step here:        SMALL=1 bash bench/device/pinned.sh
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
LIB=gateway/io/native/build/libshake-reuseport.so

if [ "${1:-}" = "--prepare" ]; then
  # Builds what the device cannot (no compiler assumed there): the native load tools and the
  # port-sharing preload, all into bench/native/build/, which device-pack carries.
  node --import tsx -e "
    const n = await import('./bench/lib/native-tools.ts'); n.nativeTool('loadgen'); n.nativeTool('phones');
    const r = await import('./gateway/io/reuseport.ts'); console.log('built', r.reuseportLibrary());"
  cp "$LIB" bench/native/build/
  grep -qx '/.devpack/' .git/info/exclude 2>/dev/null || echo '/.devpack/' >> "$(git rev-parse --git-path info/exclude)"
  echo "prepared: bench/native/build/ has $(ls bench/native/build | tr '\n' ' ')"
  exit 0
fi

OUT=${OUT:-$ROOT/bench/out/device}
mkdir -p "$OUT"
exec > >(tee -a "$OUT/pinned.log") 2>&1
CORES=$(nproc)
SMALL=${SMALL:-0}
if [ "$SMALL" = 1 ]; then
  GW2=0; GW8=0-1; LOAD=0-$((CORES - 1)); DUR=1; ROUNDS=1; CONNS=40; INFLIGHT=4; CLIENT_THREADS=1; ACK_SECONDS=2; ACK_RATES="2000"
else
  if [ "$CORES" -lt 12 ]; then echo "need >= 12 cores (have $CORES): 8 for the gateway, the rest for the load"; exit 1; fi
  GW2=0-1; GW8=0-7; LOAD=8-$((CORES - 1)); DUR=4; ROUNDS=2; CONNS=400; INFLIGHT=8; CLIENT_THREADS=$((CORES - 8)); ACK_SECONDS=10; ACK_RATES="50000 20000"
fi
echo "== pinned benchmarks $(date -u +%FT%TZ), $CORES cores, node $(node --version), gateway cores 2:[$GW2] 8:[$GW8], load [$LOAD]"

# The preload comes from the pack (bench/native/build/); newer than its source, so it is not rebuilt.
if [ ! -f "$LIB" ] && [ -f bench/native/build/libshake-reuseport.so ]; then
  mkdir -p "$(dirname "$LIB")" && cp bench/native/build/libshake-reuseport.so "$LIB" && touch "$LIB"
fi
[ -f "$LIB" ] || { echo "missing $LIB: run 'bash bench/device/pinned.sh --prepare' before packing"; exit 1; }

PINNER=
pin() { # pin GATEWAY_CPUS: servers on GATEWAY_CPUS, load tools and bench scripts on $LOAD
  unpin
  if [ "$SMALL" = 1 ]; then
    echo "(small check: not pinned; the patterns would catch other people's gateways on a shared machine)"
  elif command -v taskset >/dev/null; then
    bash .devpack/pin 'gateway/main.ts|echo-server.ts' "$1" 'native/build/|shake-throughput.ts|journal-ack.ts' "$LOAD" &
    PINNER=$!
  else
    echo "(no taskset: running unpinned)"
  fi
}
unpin() { [ -n "$PINNER" ] && kill "$PINNER" 2>/dev/null; wait "$PINNER" 2>/dev/null; PINNER=; }
trap unpin EXIT
[ -x .devpack/pin ] || { echo "no .devpack/pin: unpack the device pack first"; exit 1; }

shakes() { # shakes LABEL GATEWAY_CPUS IO LOGIC
  echo; echo "== shake throughput, gateway on [$2] with $3 IO x $4 logic, raw echo on the same cores"
  pin "$2"
  timeout 200 node --import tsx bench/shake-throughput.ts --target both --connections "$CONNS" --inflight "$INFLIGHT" \
    --threads "$CLIENT_THREADS" --rounds "$ROUNDS" --warmup 1 --duration "$DUR" \
    --gateway-env SHAKE_OVERLOAD=off --gateway-env SHAKE_IO_THREADS="$3" --gateway-env SHAKE_LOGIC_WORKERS="$4"
  cp bench/out/shake-throughput.json "$OUT/shakes-$1.json" 2>/dev/null
}

acks() { # acks RATE GATEWAY_CPUS IO LOGIC
  echo; echo "== durable open acks at $1/s, gateway on [$2] with $3 IO x $4 logic, native client on [$LOAD]"
  pin "$2"
  SHAKE_IO_THREADS="$3" SHAKE_LOGIC_WORKERS="$4" timeout 240 node --import tsx bench/journal-ack.ts --rate "$1" --seconds "$ACK_SECONDS"
  cp "bench/out/journal-ack-$1.json" "$OUT/acks-$1-gw$3x$4.json" 2>/dev/null
}

shakes 2cores "$GW2" 1 1
shakes 8cores "$GW8" 4 2
for rate in $ACK_RATES; do acks "$rate" "$GW8" 4 2; done
unpin

node -e '
  const fs = require("fs"), out = process.argv[1];
  const read = (f) => { try { return JSON.parse(fs.readFileSync(`${out}/${f}`, "utf8")); } catch { return null; } };
  const max = (j, t) => j?.results.find((r) => r.target === t)?.maxRps ?? null;
  const s2 = read("shakes-2cores.json"), s8 = read("shakes-8cores.json");
  const acks = fs.readdirSync(out).filter((f) => /^acks-.*\.json$/.test(f)).map((f) => ({ file: f, ...read(f) }));
  const summary = {
    shakes: {
      gateway2Cores: max(s2, "gateway"), gateway8Cores: max(s8, "gateway"), echoOneThread: max(s2, "echo"),
      scaling8over2: max(s8, "gateway") && max(s2, "gateway") ? max(s8, "gateway") / max(s2, "gateway") : null,
      cpuPerRequestUs: Object.fromEntries([["gateway2Cores", s2, "gateway"], ["gateway8Cores", s8, "gateway"], ["echo", s2, "echo"]]
        .map(([k, j, t]) => [k, j?.results.find((r) => r.target === t)?.serverCpuPerRequestUs ?? null])),
    },
    acks: acks.map((a) => ({ file: a.file, rate: a.rate, p99Ms: a.gateway?.latency.p99, p99LimitMs: a.p99LimitMs, p99Met: a.p99Met,
      echoP99Ms: a.echo?.latency.p99, cpuPerOpUs: a.gateway?.cpuPerOpUs, echoCpuPerOpUs: a.echo?.cpuPerOpUs, cpuRatio: a.cpuRatio,
      gatewayCores: a.gateway?.cores, acked: a.gateway?.okRps, notOk: a.gateway?.notOk, unanswered: a.gateway?.unanswered })),
  };
  fs.writeFileSync(`${out}/summary.json`, JSON.stringify(summary, null, 2));
  console.log("\n== summary\n" + JSON.stringify(summary, null, 2));
' "$OUT"
echo "results in $OUT"
