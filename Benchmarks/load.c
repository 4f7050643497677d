/* The load generator: C, so it never is the bottleneck. Built by bench.py with gcc -O2 -pthread.
 * Usage: load SOCKET REQUEST_FILE CLIENTS REQUESTS_PER_CLIENT DEPTH [WARMUP_PER_CLIENT]
 * Each client thread connects, runs WARMUP sequential round trips (untimed), waits for the others,
 * then keeps DEPTH requests in flight (1 = sequential round trips) until it has REQUESTS replies.
 * REQUEST_FILE holds one request per line; each client sends them in turn, starting at its own line
 * (client k starts at line k * lines / clients), so many lines give the server real variety.
 * A reply whose first member is "error" counts as an error.
 * Prints one JSON object: requests, errors, seconds, rps, p50_us, p99_us, max_us. */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <time.h>
#include <unistd.h>

static const char *sock_path;
static char *req;
static size_t req_len;
static char **lines;      /* start of each request line inside req */
static size_t *line_len;  /* its length including the newline */
static long nlines;
static int clients, per_client, depth, warmup;
static pthread_barrier_t ready;
static double t_start, *t_end;
static double **lat;
static long *errs;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

static int send_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return -1;
    p += w; n -= (size_t)w;
  }
  return 0;
}

static int connect_sock(void) {
  struct sockaddr_un a = {.sun_family = AF_UNIX};
  snprintf(a.sun_path, sizeof a.sun_path, "%s", sock_path);
  for (int tries = 0; tries < 500; tries++) {
    int fd = socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd >= 0 && connect(fd, (struct sockaddr *)&a, sizeof a) == 0) return fd;
    if (fd >= 0) close(fd);
    usleep(10000);
  }
  return -1;
}

/* Runs `total` requests with `inflight` in flight; fills lat_out (may be NULL). Returns replies or -1. */
static long run(int fd, int total, int inflight, double *lat_out, long *nerr, long *cursor) {
  static __thread char buf[1 << 16];
  char prefix[32];
  size_t plen = 0;
  double *sent = calloc((size_t)total, sizeof(double));
  size_t longest = 0;
  for (long i = 0; i < nlines; i++) if (line_len[i] > longest) longest = line_len[i];
  char *burst = malloc(longest * (size_t)(inflight > 64 ? inflight : 64));
  int nsent = 0, nrecv = 0;
  int first = inflight < total ? inflight : total;
  size_t blen = 0;
  for (int i = 0; i < first; i++) {
    long l = (*cursor)++ % nlines;
    memcpy(burst + blen, lines[l], line_len[l]); blen += line_len[l];
  }
  double t = now();
  for (int i = 0; i < first; i++) sent[nsent++] = t;
  if (send_all(fd, burst, blen) != 0) goto fail;
  while (nrecv < total) {
    ssize_t n = read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) goto fail;
    double tr = now();
    int more = 0;
    /* Replies end at newlines: find them with memchr (as any real client would), keeping each
       reply's first bytes to tell an error reply. */
    for (char *p = buf, *end = buf + n; p < end;) {
      char *nl = memchr(p, '\n', (size_t)(end - p));
      size_t take = (size_t)((nl ? nl : end) - p);
      if (take > sizeof prefix - plen) take = sizeof prefix - plen;
      memcpy(prefix + plen, p, take);
      plen += take;
      if (!nl) break;
      p = nl + 1;
      if (plen >= 24 && memcmp(prefix, "{\"jsonrpc\":\"2.0\",\"error\"", 24) == 0) (*nerr)++;
      plen = 0;
      if (lat_out) lat_out[nrecv] = tr - sent[nrecv];
      nrecv++;
      if (nsent + more < total) more++;
    }
    if (more) {
      blen = 0;
      double ts = now();
      for (int k = 0; k < more; k++) {
        long l = (*cursor)++ % nlines;
        memcpy(burst + blen, lines[l], line_len[l]); blen += line_len[l]; sent[nsent++] = ts;
      }
      if (send_all(fd, burst, blen) != 0) goto fail;
    }
  }
  free(sent); free(burst);
  return nrecv;
fail:
  free(sent); free(burst);
  return -1;
}

static void *client(void *arg) {
  long k = (long)arg;
  int fd = connect_sock();
  long dummy = 0, cursor = k * nlines / clients;
  if (fd < 0) { fprintf(stderr, "load: cannot connect to %s\n", sock_path); exit(1); }
  if (warmup > 0 && run(fd, warmup, 1, NULL, &dummy, &cursor) < 0) { fprintf(stderr, "load: warmup failed\n"); exit(1); }
  pthread_barrier_wait(&ready);
  if (run(fd, per_client, depth, lat[k], &errs[k], &cursor) < 0) { fprintf(stderr, "load: connection lost\n"); exit(1); }
  t_end[k] = now();
  close(fd);
  return NULL;
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  if (argc < 6) { fprintf(stderr, "usage: load SOCKET REQUEST_FILE CLIENTS PER_CLIENT DEPTH [WARMUP]\n"); return 2; }
  sock_path = argv[1];
  FILE *f = fopen(argv[2], "rb");
  if (!f) { perror(argv[2]); return 2; }
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fseek(f, 0, SEEK_SET);
  req = malloc((size_t)size + 2);
  req_len = fread(req, 1, (size_t)size, f);
  fclose(f);
  if (req_len == 0 || req[req_len - 1] != '\n') req[req_len++] = '\n';
  for (size_t i = 0; i < req_len; i++) if (req[i] == '\n') nlines++;
  lines = calloc((size_t)nlines, sizeof(char *));
  line_len = calloc((size_t)nlines, sizeof(size_t));
  nlines = 0;
  for (char *p = req, *end = req + req_len; p < end;) {
    char *nl = memchr(p, '\n', (size_t)(end - p));
    lines[nlines] = p; line_len[nlines] = (size_t)(nl - p) + 1; nlines++;
    p = nl + 1;
  }
  clients = atoi(argv[3]); per_client = atoi(argv[4]); depth = atoi(argv[5]);
  warmup = argc > 6 ? atoi(argv[6]) : 0;
  if (clients < 1 || per_client < 1 || depth < 1) { fprintf(stderr, "load: bad numbers\n"); return 2; }
  pthread_barrier_init(&ready, NULL, (unsigned)clients + 1);
  lat = calloc((size_t)clients, sizeof(double *));
  errs = calloc((size_t)clients, sizeof(long));
  t_end = calloc((size_t)clients, sizeof(double));
  pthread_t *th = calloc((size_t)clients, sizeof(pthread_t));
  for (long k = 0; k < clients; k++) {
    lat[k] = calloc((size_t)per_client, sizeof(double));
    pthread_attr_t at;
    pthread_attr_init(&at);
    pthread_attr_setstacksize(&at, 256 << 10);
    if (pthread_create(&th[k], &at, client, (void *)k) != 0) { perror("pthread_create"); return 1; }
  }
  pthread_barrier_wait(&ready);
  t_start = now();
  for (int k = 0; k < clients; k++) pthread_join(th[k], NULL);
  double last = 0;
  long total = (long)clients * per_client, nerr = 0;
  double *all = malloc((size_t)total * sizeof(double));
  for (int k = 0; k < clients; k++) {
    if (t_end[k] > last) last = t_end[k];
    memcpy(all + (long)k * per_client, lat[k], (size_t)per_client * sizeof(double));
    nerr += errs[k];
  }
  qsort(all, (size_t)total, sizeof(double), cmp);
  double secs = last - t_start;
  printf("{\"requests\":%ld,\"errors\":%ld,\"seconds\":%.6f,\"rps\":%.1f,\"p50_us\":%.1f,\"p99_us\":%.1f,\"max_us\":%.1f}\n",
         total, nerr, secs, total / secs, all[total / 2] * 1e6, all[(long)(total * 0.99)] * 1e6, all[total - 1] * 1e6);
  return 0;
}
