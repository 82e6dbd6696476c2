// Minimal non-blocking WebSocket client connections (RFC 6455, client side) on epoll, for the
// native load tools. Why native: on a 2-core machine a JavaScript load client takes as much CPU
// as the gateway it measures, and its event-loop stalls end up in every latency it reports.
// One file, header-only: clock, histogram (same buckets as bench/lib/histogram.ts), plan file,
// socket + upgrade + frames, and a line-oriented control channel on stdin.
#pragma once
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

#include <string>
#include <vector>

namespace nl {

inline double nowMs() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

[[noreturn]] inline void die(const char* what, const std::string& detail = "") {
  fprintf(stderr, "native load tool: %s%s%s\n", what, detail.empty() ? "" : ": ", detail.c_str());
  exit(2);
}

// ---- histogram: log-linear, microseconds, identical bucket layout to bench/lib/histogram.ts
struct Histogram {
  static constexpr int SUB = 64, EXACT = 128, MAX_SHIFT = 25, BUCKETS = (MAX_SHIFT + 1) * SUB + SUB;
  std::vector<double> counts = std::vector<double>(BUCKETS, 0.0);
  double count = 0, sumUs = 0, maxUs = 0;

  static int indexOf(double us) {
    if (us < EXACT) return us < 0 ? 0 : (int)us;
    uint32_t v = us > 2147483647.0 ? 0x7fffffffu : (uint32_t)us;
    int shift = 31 - __builtin_clz(v) - 6;
    return shift * SUB + (int)(v >> shift);
  }
  void recordMs(double ms) {
    double us = ms * 1000;
    counts[indexOf(us)]++;
    count++;
    sumUs += us;
    if (us > maxUs) maxUs = us;
  }
  // JSON in the shape of SerializedHistogram, with sparse counts: {"sparse":[[i,n],...],...}
  std::string json() const {
    std::string s = "{\"sparse\":[";
    bool first = true;
    char b[64];
    for (int i = 0; i < BUCKETS; i++) {
      if (counts[i] == 0) continue;
      snprintf(b, sizeof b, "%s[%d,%.0f]", first ? "" : ",", i, counts[i]);
      s += b;
      first = false;
    }
    snprintf(b, sizeof b, "],\"count\":%.0f,\"sumUs\":%.0f,\"maxUs\":%.0f}", count, sumUs, maxUs);
    return s + b;
  }
};

// ---- plan file (written by bench/lib/native-plan.ts): "SHKP" u32 version=1, u32 connections,
// then per connection: u16 path length, path, u8 address length, address, u32 frames,
// per frame: u32 length, payload bytes (unmasked protobuf).
struct PlanConn {
  std::string path, address;
  std::vector<std::string> payloads;
};

inline std::vector<PlanConn> readPlan(const char* file) {
  FILE* f = fopen(file, "rb");
  if (!f) die("cannot open plan", file);
  auto need = [&](void* p, size_t n) { if (fread(p, 1, n, f) != n) die("plan file truncated", file); };
  char magic[4];
  uint32_t version, n;
  need(magic, 4);
  need(&version, 4);
  if (memcmp(magic, "SHKP", 4) != 0 || version != 1) die("not a version-1 plan file", file);
  need(&n, 4);
  std::vector<PlanConn> out(n);
  for (auto& c : out) {
    uint16_t pl; uint8_t al; uint32_t fc;
    need(&pl, 2); c.path.resize(pl); need(c.path.data(), pl);
    need(&al, 1); c.address.resize(al); need(c.address.data(), al);
    need(&fc, 4); c.payloads.resize(fc);
    for (auto& p : c.payloads) { uint32_t l; need(&l, 4); p.resize(l); need(p.data(), l); }
  }
  fclose(f);
  return out;
}

// ---- frames
inline void appendMaskedFrame(std::string& out, uint8_t opcode, const char* data, size_t len, const uint8_t mask[4]) {
  uint8_t h[14];
  size_t n = 0;
  h[n++] = 0x80 | opcode;
  if (len < 126) h[n++] = 0x80 | (uint8_t)len;
  else if (len < 65536) { h[n++] = 0x80 | 126; h[n++] = len >> 8; h[n++] = len & 0xff; }
  else { h[n++] = 0x80 | 127; for (int i = 7; i >= 0; i--) h[n++] = (uint8_t)((uint64_t)len >> (8 * i)); }
  memcpy(h + n, mask, 4);
  n += 4;
  out.append((const char*)h, n);
  size_t at = out.size();
  out.append(data, len);
  for (size_t i = 0; i < len; i++) out[at + i] ^= mask[i & 3];
}

// Protobuf peeks on ServerMessage without decoding: top-level field numbers and RateLimit.
struct Reply {
  bool push = false;     // no seq (field 1 first): sent on the server's own initiative
  uint32_t seq = 0;
  uint32_t fields = 0;   // bit i set = top-level field i present (i < 32)
  bool hasLimit = false;
  uint32_t tier = 0, minIntervalMs = 0;
  uint32_t retryAfterMs = 0; // Busy.retry_after_ms
};

inline bool readVarint(const uint8_t* b, size_t n, size_t& p, uint64_t& v) {
  v = 0;
  for (int shift = 0; p < n && shift < 64; shift += 7) {
    uint8_t x = b[p++];
    v |= (uint64_t)(x & 0x7f) << shift;
    if (!(x & 0x80)) return true;
  }
  return false;
}

inline Reply peekReply(const uint8_t* b, size_t n) {
  Reply r;
  r.push = n == 0 || b[0] != 0x08;
  size_t p = 0;
  while (p < n) {
    uint64_t tag, v;
    if (!readVarint(b, n, p, tag)) break;
    uint32_t field = tag >> 3, wire = tag & 7;
    if (field < 32) r.fields |= 1u << field;
    if (wire == 0) { if (!readVarint(b, n, p, v)) break; if (field == 1) r.seq = (uint32_t)v; continue; }
    if (wire == 1) { p += 8; continue; }
    if (wire == 5) { p += 4; continue; }
    if (wire != 2 || !readVarint(b, n, p, v) || p + v > n) break;
    size_t end = p + v;
    if (field == 2 || field == 6) {  // RateLimit { tier = 1; min_interval_ms = 2 } / Busy { retry_after_ms = 1 }
      if (field == 2) r.hasLimit = true;
      while (p < end) {
        uint64_t t, x;
        if (!readVarint(b, end, p, t)) break;
        if ((t & 7) != 0) break;
        if (!readVarint(b, end, p, x)) break;
        if (field == 2 && t == 0x08) r.tier = (uint32_t)x;
        else if (field == 2 && t == 0x10) r.minIntervalMs = (uint32_t)x;
        else if (field == 6 && t == 0x08) r.retryAfterMs = (uint32_t)x;
      }
    }
    p = end;
  }
  return r;
}

// ---- one client connection
enum class ConnState { Idle, Connecting, Handshake, Open };

struct Conn;
// What a connection tells its owner.
struct ConnEvents {
  virtual void onOpen(Conn& c, double now) = 0;
  virtual void onMessage(Conn& c, const uint8_t* data, size_t len, double now) = 0;
  // Connect/upgrade failure (wasOpen false) or a close of an open connection. retryAfterMs < 0: no hint.
  virtual void onClosed(Conn& c, bool wasOpen, const std::string& reason, double retryAfterMs, double now) = 0;
  virtual ~ConnEvents() = default;
};

struct Conn {
  uint32_t index = 0;
  uint32_t epoch = 0;  // bumped per socket: epoll events of an older socket are ignored
  int fd = -1;
  ConnState state = ConnState::Idle;
  std::string path, address;
  std::string out;
  size_t outOff = 0;
  std::string in;
  uint8_t mask[4] = {0x5a, 0x13, 0xc7, 0x2e};
  bool wantWrite = false;
};

class Loop {
 public:
  Loop(const char* host, int port, ConnEvents& ev) : ev_(ev) {
    ep_ = epoll_create1(0);
    if (ep_ < 0) die("epoll_create1", strerror(errno));
    memset(&server_, 0, sizeof server_);
    server_.sin_family = AF_INET;
    server_.sin_port = htons(port);
    if (inet_pton(AF_INET, host, &server_.sin_addr) != 1) die("bad host", host);
    hostHeader_ = std::string(host) + ":" + std::to_string(port);
    epoll_event e{};
    e.events = EPOLLIN;
    e.data.u64 = STDIN_TAG;
    fcntl(0, F_SETFL, fcntl(0, F_GETFL) | O_NONBLOCK);
    epoll_ctl(ep_, EPOLL_CTL_ADD, 0, &e);
  }

  std::vector<Conn> conns;

  void connect(Conn& c) {
    c.epoch++;
    c.out.clear(); c.outOff = 0; c.in.clear();
    c.fd = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (c.fd < 0) { fail(c, std::string("socket: ") + strerror(errno)); return; }
    int one = 1;
    setsockopt(c.fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    if (!c.address.empty()) {
      sockaddr_in local{};
      local.sin_family = AF_INET;
      inet_pton(AF_INET, c.address.c_str(), &local.sin_addr);
      setsockopt(c.fd, SOL_IP, IP_BIND_ADDRESS_NO_PORT, &one, sizeof one);
      if (bind(c.fd, (sockaddr*)&local, sizeof local) < 0) { fail(c, std::string("bind ") + c.address + ": " + strerror(errno)); return; }
    }
    c.state = ConnState::Connecting;
    if (::connect(c.fd, (sockaddr*)&server_, sizeof server_) < 0 && errno != EINPROGRESS) {
      fail(c, std::string("connect: ") + strerror(errno));
      return;
    }
    epoll_event e{};
    e.events = EPOLLIN | EPOLLOUT | EPOLLRDHUP;
    e.data.u64 = ((uint64_t)c.epoch << 32) | c.index;
    epoll_ctl(ep_, EPOLL_CTL_ADD, c.fd, &e);
    c.wantWrite = true;
    std::string req = "GET " + c.path + " HTTP/1.1\r\nHost: " + hostHeader_ +
                      "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                      "Sec-WebSocket-Version: 13\r\n\r\n";
    c.out = req;
  }

  // Queues a binary message; written at the next flush (or now, if nothing is pending).
  void send(Conn& c, const char* payload, size_t len) {
    if (c.state != ConnState::Open) return;
    appendMaskedFrame(c.out, 0x2, payload, len, c.mask);
    flush(c);
  }

  // Ends a connection with RST (no TIME_WAIT on our side, like the JS client's resetAndDestroy).
  void drop(Conn& c) {
    if (c.fd < 0) return;
    linger l{1, 0};
    setsockopt(c.fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    close(c.fd);
    c.fd = -1;
    c.state = ConnState::Idle;
    c.epoch++;
  }

  // Waits up to timeoutMs (fractional) for socket events and handles them; returns stdin lines.
  void poll(double timeoutMs, std::vector<std::string>& lines) {
    epoll_event evs[512];
    timespec ts;
    if (timeoutMs < 0) timeoutMs = 0;
    ts.tv_sec = (time_t)(timeoutMs / 1000);
    ts.tv_nsec = (long)((timeoutMs - ts.tv_sec * 1000.0) * 1e6);
    int n = epoll_pwait2(ep_, evs, 512, &ts, nullptr);
    double now = nowMs();
    for (int i = 0; i < n; i++) {
      uint64_t d = evs[i].data.u64;
      if (d == STDIN_TAG) { readStdin(lines); continue; }
      Conn& c = conns[(uint32_t)d];
      if ((uint32_t)(d >> 32) != c.epoch || c.fd < 0) continue;
      uint32_t what = evs[i].events;
      if (c.state == ConnState::Connecting && (what & (EPOLLOUT | EPOLLERR | EPOLLHUP))) {
        int err = 0;
        socklen_t l = sizeof err;
        getsockopt(c.fd, SOL_SOCKET, SO_ERROR, &err, &l);
        if (err) { fail(c, std::string("connect: ") + strerror(err)); continue; }
        c.state = ConnState::Handshake;
      }
      if (what & EPOLLOUT) flush(c);
      if (c.fd >= 0 && (what & (EPOLLIN | EPOLLRDHUP | EPOLLERR | EPOLLHUP))) readFrom(c, now);
    }
  }

  bool stdinClosed = false;

 private:
  static constexpr uint64_t STDIN_TAG = ~0ull;
  int ep_;
  sockaddr_in server_;
  std::string hostHeader_;
  ConnEvents& ev_;
  std::string stdinBuf_;

  void readStdin(std::vector<std::string>& lines) {
    char b[4096];
    for (;;) {
      ssize_t r = read(0, b, sizeof b);
      if (r > 0) { stdinBuf_.append(b, r); continue; }
      if (r == 0) stdinClosed = true;
      break;
    }
    size_t p;
    while ((p = stdinBuf_.find('\n')) != std::string::npos) {
      lines.push_back(stdinBuf_.substr(0, p));
      stdinBuf_.erase(0, p + 1);
    }
  }

  void setWriteInterest(Conn& c, bool on) {
    if (c.wantWrite == on) return;
    c.wantWrite = on;
    epoll_event e{};
    e.events = EPOLLIN | EPOLLRDHUP | (on ? (uint32_t)EPOLLOUT : 0u);
    e.data.u64 = ((uint64_t)c.epoch << 32) | c.index;
    epoll_ctl(ep_, EPOLL_CTL_MOD, c.fd, &e);
  }

  void flush(Conn& c) {
    if (c.fd < 0 || c.state == ConnState::Connecting) return;
    while (c.outOff < c.out.size()) {
      ssize_t w = write(c.fd, c.out.data() + c.outOff, c.out.size() - c.outOff);
      if (w > 0) { c.outOff += w; continue; }
      if (w < 0 && errno == EAGAIN) { setWriteInterest(c, true); return; }
      fail(c, std::string("write: ") + strerror(errno));
      return;
    }
    c.out.clear();
    c.outOff = 0;
    setWriteInterest(c, false);
  }

  void fail(Conn& c, const std::string& reason, double retryAfterMs = -1) {
    bool wasOpen = c.state == ConnState::Open;
    drop(c);
    ev_.onClosed(c, wasOpen, reason, retryAfterMs, nowMs());
  }

  void readFrom(Conn& c, double now) {
    char b[65536];
    for (;;) {
      ssize_t r = read(c.fd, b, sizeof b);
      if (r > 0) {
        c.in.append(b, r);
        if ((size_t)r < sizeof b) break;
        continue;
      }
      if (r < 0 && errno == EAGAIN) break;
      if (c.state == ConnState::Open) parseFrames(c, now);
      if (c.fd >= 0) fail(c, r == 0 ? (c.state == ConnState::Open ? "socket closed" : "closed during handshake") : std::string("read: ") + strerror(errno));
      return;
    }
    if (c.state == ConnState::Handshake) {
      size_t end = c.in.find("\r\n\r\n");
      if (end == std::string::npos) {
        if (c.in.size() > 16384) fail(c, "response head too long");
        return;
      }
      std::string head = c.in.substr(0, end);
      c.in.erase(0, end + 4);
      if (head.compare(0, 13, "HTTP/1.1 101 ") != 0) {
        std::string status = head.substr(0, head.find("\r\n"));
        fail(c, "upgrade rejected: " + status, retryHint(head));
        return;
      }
      c.state = ConnState::Open;
      ev_.onOpen(c, now);
      if (c.fd < 0) return;
    }
    if (c.state == ConnState::Open) parseFrames(c, now);
  }

  // x-shake-retry-after-ms, else retry-after (seconds), as in gateway/overload/client-rules.ts.
  static double retryHint(const std::string& head) {
    std::string lower(head);
    for (auto& ch : lower) ch = (char)tolower(ch);
    size_t p = lower.find("\r\nx-shake-retry-after-ms:");
    if (p != std::string::npos) return atof(lower.c_str() + p + 25);
    p = lower.find("\r\nretry-after:");
    if (p != std::string::npos) return atof(lower.c_str() + p + 14) * 1000;
    return -1;
  }

  void parseFrames(Conn& c, double now) {
    size_t p = 0;
    const uint8_t* b = (const uint8_t*)c.in.data();
    size_t n = c.in.size();
    uint32_t epoch = c.epoch;
    while (n - p >= 2) {
      uint8_t op = b[p] & 0x0f;
      bool fin = b[p] & 0x80, masked = b[p + 1] & 0x80;
      uint64_t len = b[p + 1] & 0x7f;
      size_t h = 2;
      if (len == 126) { if (n - p < 4) break; len = (b[p + 2] << 8) | b[p + 3]; h = 4; }
      else if (len == 127) { if (n - p < 10) break; len = 0; for (int i = 0; i < 8; i++) len = (len << 8) | b[p + 2 + i]; h = 10; }
      if (masked) { fail(c, "protocol error: masked server frame"); return; }
      if (n - p < h + len) break;
      const uint8_t* data = b + p + h;
      p += h + len;
      if (!fin) { fail(c, "protocol error: fragmented message (not used by the gateway)"); return; }
      if (op == 0x2 || op == 0x1) {
        ev_.onMessage(c, data, len, now);
      } else if (op == 0x8) {
        int code = len >= 2 ? (data[0] << 8) | data[1] : 1005;
        fail(c, "server close frame " + std::to_string(code));
        return;
      } else if (op == 0x9) {
        appendMaskedFrame(c.out, 0xA, (const char*)data, len, c.mask);
        flush(c);
      }
      if (c.fd < 0 || c.epoch != epoch) return;  // closed (or replaced) by the owner
    }
    c.in.erase(0, p);
  }
};

// "key value" command-line options: --name value.
inline const char* opt(int argc, char** argv, const char* name, const char* dflt) {
  for (int i = 1; i + 1 < argc; i++) if (strcmp(argv[i], name) == 0) return argv[i + 1];
  return dflt;
}

}  // namespace nl
