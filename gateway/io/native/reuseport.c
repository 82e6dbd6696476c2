/*
 * Preloaded into a gateway process with several IO threads (LD_PRELOAD): the
 * uWebSockets.js build we use binds its listen sockets without SO_REUSEPORT
 * on Linux and exposes no way to share one listen socket between threads, so
 * every IO thread listens on the port itself and the kernel spreads the
 * connections over them. Only binds to the TCP port named in
 * SHAKE_REUSEPORT_PORT get the option; every other bind is left alone (a
 * second process on any other port still gets EADDRINUSE).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <sys/socket.h>

typedef int (*bind_fn)(int, const struct sockaddr *, socklen_t);

static int bound_port(const struct sockaddr *addr) {
  if (!addr) return 0;
  if (addr->sa_family == AF_INET) return ntohs(((const struct sockaddr_in *)addr)->sin_port);
  if (addr->sa_family == AF_INET6) return ntohs(((const struct sockaddr_in6 *)addr)->sin6_port);
  return 0;
}

int bind(int fd, const struct sockaddr *addr, socklen_t len) {
  static bind_fn real_bind;
  if (!real_bind) real_bind = (bind_fn)dlsym(RTLD_NEXT, "bind");
  const char *wanted = getenv("SHAKE_REUSEPORT_PORT");
  int port = bound_port(addr);
  if (wanted && port != 0 && port == atoi(wanted)) {
    int type = 0;
    socklen_t type_len = sizeof type;
    if (getsockopt(fd, SOL_SOCKET, SO_TYPE, &type, &type_len) == 0 && type == SOCK_STREAM) {
      int one = 1;
      setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    }
  }
  return real_bind(fd, addr, len);
}
