// Native WebSocket load generator: the C++ twin of bench/lib/ws-load-client.ts, for benchmarks
// where the JavaScript client would take the CPU the gateway needs (see ws-client.h).
//
//   loadgen --host 127.0.0.1 --port P --plan FILE --valid-field 4
// Connects every connection of the plan (path, source address, request payloads it cycles
// through), prints {"event":"connected",...}, then obeys stdin commands, one JSON line each:
//   run open <rate/s> <warmupMs> <durationMs> <drainMs>    open loop, latency from schedule
//   run closed <inFlight> <warmupMs> <durationMs> <drainMs> closed loop (capacity)
//   quit
// Replies are matched FIFO per connection (server pushes, which carry no seq, are skipped);
// a reply is "ok" when its top-level field --valid-field is present. --slow-log FILE [--slow-ms 5]
// lists the replies slower than that (for finding stalls).
#include <deque>

#include "ws-client.h"

using namespace nl;

struct Pending { double sched, sent; uint32_t run; };

struct Tool final : ConnEvents {
  std::vector<PlanConn> plan;
  std::vector<std::deque<Pending>> queues;
  std::vector<size_t> nextPayload;
  Loop* loop = nullptr;
  uint32_t validBit = 0;
  // connect phase
  size_t connectNext = 0, connecting = 0, connected = 0, failed = 0;
  std::string firstError;
  // current run
  uint32_t run = 0;
  bool closedLoop = false, sending = false;
  int inFlight = 0;
  double warmEnd = 0, end = 0;
  double sent = 0, replies = 0, invalid = 0, pushes = 0, closed = 0, inWindowOutstanding = 0;
  std::string closeReason;
  Histogram hist, svc;
  FILE* slowLog = nullptr;  // --slow-log FILE: "<ms since run start> <latency ms> <connection>" for replies over --slow-ms
  double slowMs = 5, runStart = 0;

  bool inWindow(double sched) const { return sched >= warmEnd && sched < end; }

  void sendOne(Conn& c, double sched, double now) {
    auto& ps = plan[c.index].payloads;
    const std::string& p = ps[nextPayload[c.index]++ % ps.size()];
    loop->send(c, p.data(), p.size());
    queues[c.index].push_back({sched, now, run});
    if (inWindow(sched)) { sent++; inWindowOutstanding++; }
  }

  void onOpen(Conn&, double) override { connecting--; connected++; }

  void onMessage(Conn& c, const uint8_t* data, size_t len, double now) override {
    Reply r = peekReply(data, len);
    auto& q = queues[c.index];
    if (r.push || q.empty()) { pushes++; return; }
    Pending p = q.front();
    q.pop_front();
    if (p.run != run) return;  // a late reply to an earlier run
    if (inWindow(p.sched)) {
      inWindowOutstanding--;
      replies++;
      if (!(r.fields & validBit)) invalid++;
      hist.recordMs(now - p.sched);
      if (slowLog && now - p.sched > slowMs) fprintf(slowLog, "%.3f %.3f %u\n", p.sched - runStart, now - p.sched, c.index);
      svc.recordMs(now - p.sent);
    }
    if (closedLoop && sending) sendOne(c, now, now);
  }

  void onClosed(Conn& c, bool wasOpen, const std::string& reason, double, double) override {
    if (!wasOpen) {
      connecting--;
      failed++;
      if (firstError.empty()) firstError = reason;
      return;
    }
    closed++;
    if (closeReason.empty()) closeReason = reason;
    for (auto& p : queues[c.index]) if (p.run == run && inWindow(p.sched)) inWindowOutstanding--;
    queues[c.index].clear();
  }
};

static std::string jsonString(const std::string& s) {
  std::string o = "\"";
  for (char ch : s) { if (ch == '"' || ch == '\\') o += '\\'; if ((unsigned char)ch >= 0x20) o += ch; }
  return o + "\"";
}

int main(int argc, char** argv) {
  Tool t;
  t.plan = readPlan(opt(argc, argv, "--plan", ""));
  t.validBit = 1u << atoi(opt(argc, argv, "--valid-field", "3"));
  size_t concurrency = atoi(opt(argc, argv, "--connect-concurrency", "256"));
  double connectTimeout = atof(opt(argc, argv, "--connect-timeout", "10000"));
  double tickMs = atof(opt(argc, argv, "--tick-ms", "0"));
  if (*opt(argc, argv, "--slow-log", "")) t.slowLog = fopen(opt(argc, argv, "--slow-log", ""), "w");
  t.slowMs = atof(opt(argc, argv, "--slow-ms", "5"));
  for (auto& c : t.plan) if (c.payloads.empty()) die("plan: a connection has no request payloads");
  Loop loop(opt(argc, argv, "--host", "127.0.0.1"), atoi(opt(argc, argv, "--port", "0")), t);
  t.loop = &loop;
  size_t n = t.plan.size();
  loop.conns.resize(n);
  t.queues.resize(n);
  t.nextPayload.assign(n, 0);
  for (size_t i = 0; i < n; i++) { loop.conns[i].index = i; loop.conns[i].path = t.plan[i].path; loop.conns[i].address = t.plan[i].address; }

  std::vector<std::string> lines;
  double connectDeadline = nowMs() + connectTimeout + n * 2.0;
  while (t.connected + t.failed < n) {
    while (t.connectNext < n && t.connecting < concurrency) { t.connecting++; loop.connect(loop.conns[t.connectNext++]); }
    loop.poll(5, lines);
    if (nowMs() > connectDeadline) {
      for (auto& c : loop.conns) if (c.state != ConnState::Open && c.fd >= 0) { loop.drop(c); t.failed++; if (t.firstError.empty()) t.firstError = "handshake timeout"; }
      break;
    }
  }
  printf("{\"event\":\"connected\",\"connected\":%zu,\"failed\":%zu,\"firstError\":%s}\n", t.connected, t.failed, jsonString(t.firstError).c_str());
  fflush(stdout);

  for (;;) {
    loop.poll(50, lines);
    if (loop.stdinClosed && lines.empty()) return 0;
    for (std::string line : lines) {
      char kind[16] = "";
      double param = 0, warmup = 0, duration = 0, drain = 0;
      if (line == "quit") return 0;
      if (sscanf(line.c_str(), "run %15s %lf %lf %lf %lf", kind, &param, &warmup, &duration, &drain) != 5) die("bad command", line);
      t.run++;
      t.closedLoop = strcmp(kind, "closed") == 0;
      t.sent = t.replies = t.invalid = t.pushes = t.closed = t.inWindowOutstanding = 0;
      t.closeReason.clear();
      t.hist = Histogram();
      t.svc = Histogram();
      std::vector<Conn*> live;
      for (auto& c : loop.conns) if (c.state == ConnState::Open) live.push_back(&c);
      double t0 = nowMs();
      t.runStart = t0;
      t.warmEnd = t0 + warmup;
      t.end = t.warmEnd + duration;
      t.sending = true;
      double interval = t.closedLoop ? 0 : 1000.0 / param;  // open loop: between two requests (any connection)
      uint64_t k = 0;
      if (t.closedLoop) {
        t.inFlight = (int)param;
        for (Conn* c : live) for (int i = 0; i < t.inFlight; i++) t.sendOne(*c, t0, t0);
      }
      std::vector<std::string> ignored;
      for (;;) {
        double now = nowMs();
        if (now >= t.end) break;
        if (!t.closedLoop) {
          for (; t0 + k * interval <= now; k++) {
            Conn& c = *live[k % live.size()];
            if (c.state == ConnState::Open) t.sendOne(c, t0 + k * interval, now);
          }
          loop.poll(std::max(tickMs, std::min(t.end, t0 + k * interval) - nowMs()), ignored);
        } else {
          loop.poll(std::min(5.0, t.end - now), ignored);
        }
      }
      t.sending = false;
      double windowMs = duration;
      double drainUntil = nowMs() + drain;
      while (t.inWindowOutstanding > 0 && nowMs() < drainUntil) loop.poll(std::min(5.0, drainUntil - nowMs()), ignored);
      printf("{\"event\":\"run\",\"mode\":{\"kind\":\"%s\",\"%s\":%g},\"connections\":%zu,\"windowMs\":%g,\"sent\":%.0f,\"replies\":%.0f,"
             "\"invalid\":%.0f,\"pushes\":%.0f,\"closed\":%.0f,\"closeReason\":%s,\"lostAtEnd\":%.0f,\"latencyHist\":%s,\"serviceHist\":%s}\n",
             kind, t.closedLoop ? "inFlight" : "rate", param, live.size(), windowMs, t.sent, t.replies, t.invalid, t.pushes, t.closed,
             jsonString(t.closeReason).c_str(), t.inWindowOutstanding, t.hist.json().c_str(), t.svc.json().c_str());
      fflush(stdout);
      if (t.slowLog) fflush(t.slowLog);
    }
    lines.clear();
  }
}
