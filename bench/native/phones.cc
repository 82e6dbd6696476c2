// Phones for the overload drill, native: thousands of WebSocket phones in one thread, so the
// drill measures the gateway and not a JavaScript client's event loop (see ws-client.h).
// They follow the client rules of gateway/overload/client-rules.ts (contracts/proto/README.md "Client
// rules"); the numbers come in as options from that file's DEFAULT_BACKOFF. Ported here:
//   obeying phones: one shake in flight; next shake after max(own cadence, the rate limit's
//     interval + up to intervalJitter of it); "busy" waits its retry_after plus hintJitter; a reply
//     timeout breaks the connection; reconnects back off with full jitter, a server
//     retry-after hint being the floor.
//   ignoring phones: shake every --ignore-cadence ms whatever they are told; reconnect
//     --ignore-reconnect ms after a close or failed connect; with --ignore-honors-retry-after 1,
//     a refused upgrade's retry-after hint is waited out instead (tiers and pacing still ignored).
//
//   phones --host H --port P --plan FILE --obey N [--obey-cadence ms] [--ignore-cadence ms]
//          [--reply-timeout ms] [--backoff-base ms] [--backoff-cap ms] [--hint-jitter f]
//          [--interval-jitter f] [--ignore-reconnect ms] [--ignore-honors-retry-after 0|1]
//          [--connect-timeout ms]
// The plan's first N connections are obeying phones, the rest ignoring ones (payloads unused).
// stdin: "start obey|ignore <spreadMs>", "active <n>" (obeying phones that shake; the rest stay
// connected and quiet), "stop ignore", "count" (obeying phones connected), "stats" (prints
// {"event":"stats",...} and resets), "quit".
#include <cmath>
#include <map>
#include <random>

#include "ws-client.h"

using namespace nl;

enum class PState : uint8_t { Idle, Connecting, Open, Waiting };
enum Kind { OBEY = 0, IGNORE = 1 };

struct Phone {
  PState state = PState::Idle;
  Kind kind = OBEY;
  uint32_t local = 0;  // position in its group
  uint32_t gen = 0;    // bumped at every reschedule: wheel entries of older generations are stale
  uint32_t seq = 0;
  uint32_t attempt = 0;
  uint32_t minIntervalMs = 0;
  double sentAt = 0, lastShakeAt = 0;
};

struct Stats {
  double sent = 0, replies = 0, closed = 0, connectFailed = 0, timeouts = 0;
  std::map<std::string, double> closeReasons;
  Histogram hist;
};

struct Rules {
  double baseMs, capMs, replyTimeoutMs, hintJitter, intervalJitter;
};

class Phones final : public ConnEvents {
 public:
  Phones(Rules rules, double obeyCadence, double ignoreCadence, double ignoreReconnect, bool ignoreHonorsHint, double connectTimeout)
      : rules_(rules), cadence_{obeyCadence, ignoreCadence}, ignoreReconnect_(ignoreReconnect), ignoreHonorsHint_(ignoreHonorsHint),
        connectTimeout_(connectTimeout) {}

  Loop* loop = nullptr;  // set once the loop (which needs this sink) exists
  std::vector<Phone> phones;
  Stats stats[2];
  Histogram lag;  // how late due timers ran: the tool's own delay, part of every latency it reports
  uint32_t active = UINT32_MAX;
  bool running[2] = {false, false};

  void start(Kind k, double spreadMs, double now) {
    running[k] = true;
    size_t n = 0, i = 0;
    for (auto& p : phones) if (p.kind == k) n++;
    for (uint32_t id = 0; id < phones.size(); id++)
      if (phones[id].kind == k) at(id, now + (double)(i++) / n * spreadMs);
  }

  void stop(Kind k) {
    running[k] = false;
    for (uint32_t id = 0; id < phones.size(); id++) {
      if (phones[id].kind != k) continue;
      phones[id].gen++;
      phones[id].state = PState::Idle;
      loop->drop(loop->conns[id]);
    }
  }

  size_t openObeying() const {
    size_t n = 0;
    for (auto& p : phones) if (p.kind == OBEY && (p.state == PState::Open || p.state == PState::Waiting)) n++;
    return n;
  }

  // Runs every timer due by now.
  void tick(double now) {
    int64_t last = (int64_t)(now - base_);
    for (; slot_ <= last; slot_++) {
      auto& list = wheel_[slot_ & (WHEEL - 1)];
      if (list.empty()) continue;
      std::vector<std::pair<uint32_t, uint32_t>> due;
      due.swap(list);
      for (auto [id, gen] : due) {
        if (gen != phones[id].gen) continue;
        lag.recordMs(now - (base_ + slot_));
        this->due(id, now);
      }
    }
  }

  void onOpen(Conn& c, double now) override {
    Phone& p = phones[c.index];
    p.state = PState::Open;
    p.attempt = 0;
    at(c.index, now + rand01() * cadence_[p.kind]);
  }

  void onMessage(Conn& c, const uint8_t* data, size_t len, double now) override {
    Phone& p = phones[c.index];
    Reply r = peekReply(data, len);
    if (r.push) return;
    Stats& s = stats[p.kind];
    s.replies++;
    if (p.kind == IGNORE || p.state != PState::Waiting) return;
    s.hist.recordMs(now - p.sentAt);
    // limitAfterReply: a rate_limit sets the limit; a shake reply without one lifts it; others leave it.
    if (r.hasLimit) p.minIntervalMs = r.minIntervalMs;
    else if (r.fields & (1u << 3)) p.minIntervalMs = 0;
    p.state = PState::Open;
    double since = now - p.lastShakeAt;
    double wait = std::max(cadence_[OBEY] - since, nextShakeDelay(p.minIntervalMs, since));
    if (r.fields & (1u << 6)) wait = std::max(wait, r.retryAfterMs * (1 + rules_.hintJitter * rand01()));  // Busy: resend after its hint
    at(c.index, now + wait);
  }

  void onClosed(Conn& c, bool wasOpen, const std::string& reason, double retryAfterMs, double now) override {
    Phone& p = phones[c.index];
    if (!running[p.kind]) return;
    if (wasOpen) countClose(p, reason);
    else stats[p.kind].connectFailed++;
    retryLater(c.index, now, retryAfterMs);
  }

 private:
  static constexpr int64_t WHEEL = 1 << 16;  // 1 ms slots, 65 s ahead (the longest wait is the 30 s backoff cap)
  Rules rules_;
  double cadence_[2];
  double ignoreReconnect_;
  bool ignoreHonorsHint_;
  double connectTimeout_;
  double base_ = nowMs();
  int64_t slot_ = 0;
  std::vector<std::vector<std::pair<uint32_t, uint32_t>>> wheel_ = std::vector<std::vector<std::pair<uint32_t, uint32_t>>>(WHEEL);
  std::mt19937_64 rng_{12345};

  double rand01() { return std::uniform_real_distribution<double>(0.0, 1.0)(rng_); }

  void at(uint32_t id, double t) {
    uint32_t gen = ++phones[id].gen;
    int64_t s = std::max(slot_ + 1, (int64_t)(t - base_));
    s = std::min(s, slot_ + WHEEL - 1);
    wheel_[s & (WHEEL - 1)].push_back({id, gen});
  }

  double nextShakeDelay(uint32_t minIntervalMs, double since) {
    if (minIntervalMs == 0) return 0;
    return std::max(0.0, minIntervalMs * (1 + rules_.intervalJitter * rand01()) - since);
  }

  double reconnectDelay(uint32_t attempt, double retryAfterMs) {
    double window = std::min(rules_.capMs, rules_.baseMs * std::pow(2.0, std::min(attempt, 30u)));
    double backoff = rand01() * window;
    if (retryAfterMs <= 0) return backoff;
    return std::max(backoff, retryAfterMs * (1 + rules_.hintJitter * rand01()));
  }

  void due(uint32_t id, double now) {
    Phone& p = phones[id];
    if (!running[p.kind]) return;
    Conn& c = loop->conns[id];
    switch (p.state) {
      case PState::Idle:
        p.state = PState::Connecting;
        at(id, now + connectTimeout_);
        loop->connect(c);
        return;
      case PState::Connecting:  // due while connecting = the handshake timed out
        loop->drop(c);
        stats[p.kind].connectFailed++;
        retryLater(id, now, -1);
        return;
      case PState::Waiting:
        if (p.kind == OBEY) {  // due while waiting = the reply deadline passed
          stats[OBEY].timeouts++;
          countClose(p, "reply timeout");
          loop->drop(c);
          retryLater(id, now, -1);
          return;
        }
        break;
      case PState::Open:
        break;
    }
    if (p.kind == OBEY && p.local >= active) { at(id, now + 100); return; }
    send(id, now);
  }

  void send(uint32_t id, double now) {
    Phone& p = phones[id];
    // ClientMessage { seq = 1; shake = 2 {} }
    uint8_t b[8];
    size_t n = 0;
    p.seq = p.seq >= 0x0fffffff ? 1 : p.seq + 1;
    b[n++] = 0x08;
    for (uint32_t v = p.seq; ; v >>= 7) { if (v < 0x80) { b[n++] = (uint8_t)v; break; } b[n++] = (uint8_t)(v | 0x80); }
    b[n++] = 0x12;
    b[n++] = 0x00;
    stats[p.kind].sent++;
    p.sentAt = p.lastShakeAt = now;
    p.state = PState::Waiting;
    at(id, now + (p.kind == IGNORE ? cadence_[IGNORE] : rules_.replyTimeoutMs));
    loop->send(loop->conns[id], (const char*)b, n);  // may close the connection (and reschedule) on a write error
  }

  void countClose(Phone& p, const std::string& reason) {
    Stats& s = stats[p.kind];
    s.closed++;
    std::string key;
    for (size_t i = 0; i < reason.size();) {  // runs of 4+ digits (ports, ids) become N
      size_t j = i;
      while (j < reason.size() && isdigit((unsigned char)reason[j])) j++;
      if (j - i >= 4) { key += 'N'; i = j; } else if (j > i) { key.append(reason, i, j - i); i = j; } else key += reason[i++];
    }
    s.closeReasons[key]++;
  }

  void retryLater(uint32_t id, double now, double retryAfterMs) {
    Phone& p = phones[id];
    p.state = PState::Idle;
    p.minIntervalMs = 0;
    if (!running[p.kind]) return;
    double ignoring = ignoreHonorsHint_ ? std::max(ignoreReconnect_, retryAfterMs) : ignoreReconnect_;
    at(id, now + (p.kind == OBEY ? reconnectDelay(p.attempt++, retryAfterMs) : ignoring));
  }
};

static std::string statsJson(Stats& s) {
  char b[256];
  snprintf(b, sizeof b, "{\"sent\":%.0f,\"replies\":%.0f,\"closed\":%.0f,\"connectFailed\":%.0f,\"timeouts\":%.0f,\"closeReasons\":{",
           s.sent, s.replies, s.closed, s.connectFailed, s.timeouts);
  std::string o = b;
  bool first = true;
  for (auto& [k, v] : s.closeReasons) {
    o += first ? "\"" : ",\"";
    for (char ch : k) if (ch != '"' && ch != '\\' && (unsigned char)ch >= 0x20) o += ch;
    o += "\":" + std::to_string((long long)v);
    first = false;
  }
  return o + "},\"hist\":" + s.hist.json() + "}";
}

int main(int argc, char** argv) {
  auto plan = readPlan(opt(argc, argv, "--plan", ""));
  uint32_t obeyN = atoi(opt(argc, argv, "--obey", "0"));
  if (obeyN > plan.size()) die("--obey exceeds the plan's connections");
  Rules rules{atof(opt(argc, argv, "--backoff-base", "500")), atof(opt(argc, argv, "--backoff-cap", "30000")),
              atof(opt(argc, argv, "--reply-timeout", "5000")), atof(opt(argc, argv, "--hint-jitter", "0.5")),
              atof(opt(argc, argv, "--interval-jitter", "0.1"))};
  Phones phones(rules, atof(opt(argc, argv, "--obey-cadence", "100")), atof(opt(argc, argv, "--ignore-cadence", "50")),
                atof(opt(argc, argv, "--ignore-reconnect", "100")), atoi(opt(argc, argv, "--ignore-honors-retry-after", "0")) != 0,
                atof(opt(argc, argv, "--connect-timeout", "10000")));
  Loop loop(opt(argc, argv, "--host", "127.0.0.1"), atoi(opt(argc, argv, "--port", "0")), phones);
  phones.loop = &loop;
  loop.conns.resize(plan.size());
  phones.phones.resize(plan.size());
  uint32_t locals[2] = {0, 0};
  for (uint32_t i = 0; i < plan.size(); i++) {
    loop.conns[i].index = i;
    loop.conns[i].path = plan[i].path;
    loop.conns[i].address = plan[i].address;
    Phone& p = phones.phones[i];
    p.kind = i < obeyN ? OBEY : IGNORE;
    p.local = locals[p.kind]++;
  }
  printf("{\"event\":\"ready\",\"phones\":%zu}\n", plan.size());
  fflush(stdout);
  std::vector<std::string> lines;
  for (;;) {
    loop.poll(1, lines);
    double now = nowMs();
    phones.tick(now);
    for (auto& line : lines) {
      char what[16] = "";
      double x = 0;
      if (line == "quit") return 0;
      if (sscanf(line.c_str(), "start %15s %lf", what, &x) == 2) phones.start(strcmp(what, "obey") == 0 ? OBEY : IGNORE, x, now);
      else if (sscanf(line.c_str(), "active %lf", &x) == 1) phones.active = (uint32_t)x;
      else if (line == "stop ignore") phones.stop(IGNORE);
      else if (line == "count") printf("{\"event\":\"count\",\"obeyOpen\":%zu}\n", phones.openObeying()), fflush(stdout);
      else if (line == "stats") {
        std::string o = "{\"event\":\"stats\",\"obey\":" + statsJson(phones.stats[OBEY]) + ",\"ignore\":" + statsJson(phones.stats[IGNORE]) +
                        ",\"obeyOpen\":" + std::to_string(phones.openObeying()) + ",\"lag\":" + phones.lag.json() + "}\n";
        fputs(o.c_str(), stdout);
        fflush(stdout);
        phones.stats[OBEY] = Stats();
        phones.stats[IGNORE] = Stats();
        phones.lag = Histogram();
      } else die("bad command", line);
    }
    lines.clear();
    if (loop.stdinClosed) return 0;
  }
}
