/* The baseline: the least a newline-framed JSON server over a Unix socket can do.
 * One thread per connection (as avgd), reads lines, answers each complete line with one fixed small
 * JSON reply line; all replies for one read() go out in one write(). Built by bench.py with gcc -O2.
 * Usage: echo SOCKET_PATH   (runs until killed) */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static const char REPLY[] = "{\"jsonrpc\":\"2.0\",\"result\":{\"name\":\"echo\"},\"id\":1}\n";

static void *serve(void *arg) {
  int fd = (int)(long)arg;
  static __thread char in[65536];
  char *out = malloc(65536 / 2 * (sizeof REPLY));
  for (;;) {
    ssize_t n = read(fd, in, sizeof in);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    size_t len = 0;
    for (ssize_t i = 0; i < n; i++)
      if (in[i] == '\n') { memcpy(out + len, REPLY, sizeof REPLY - 1); len += sizeof REPLY - 1; }
    size_t off = 0;
    while (off < len) {
      ssize_t w = write(fd, out + off, len - off);
      if (w < 0 && errno == EINTR) continue;
      if (w <= 0) goto done;
      off += (size_t)w;
    }
  }
done:
  free(out);
  close(fd);
  return NULL;
}

int main(int argc, char **argv) {
  if (argc != 2) { fprintf(stderr, "usage: echo SOCKET\n"); return 2; }
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un a = {.sun_family = AF_UNIX};
  snprintf(a.sun_path, sizeof a.sun_path, "%s", argv[1]);
  unlink(argv[1]);
  if (s < 0 || bind(s, (struct sockaddr *)&a, sizeof a) != 0 || listen(s, 512) != 0) { perror("echo"); return 1; }
  for (;;) {
    int c = accept(s, NULL, NULL);
    if (c < 0) continue;
    pthread_t t;
    if (pthread_create(&t, NULL, serve, (void *)(long)c) != 0) { close(c); continue; }
    pthread_detach(t);
  }
}
