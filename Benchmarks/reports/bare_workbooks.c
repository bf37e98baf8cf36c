/*
 * bare_workbooks.c: the reference of the reports benchmark. Writes the same cells as the
 * report workbooks straight through libxlsxwriter, one workbook per input file, with no
 * formats, layout or checks: what writing those cells costs at the least.
 *
 *   cc -O2 bare_workbooks.c -o bare_workbooks $(pkg-config --cflags --libs xlsxwriter)
 *   ./bare_workbooks [-j N] [-c] OUTDIR FILE.tsv...
 *
 * Each FILE.tsv is what `ozg cat WORKBOOK --format tsv` prints (one sheet; RFC 4180 quoting
 * with tab as delimiter). A field that is a whole number in C's strtod becomes a number
 * (except keys of 12 digits and more, which the reports write as text),
 * YYYY-MM-DD a date (serial with a date format), TRUE/FALSE a boolean, anything else a string.
 * The inputs are read into memory before the clock starts. -j N splits the files over N
 * processes (fork), -c uses constant-memory mode. Prints "wall cpu cells" on stdout (cpu of
 * every process together).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <xlsxwriter.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

static char *slurp(const char *path, size_t *len) {
    FILE *f = fopen(path, "rb");
    if (!f) { perror(path); exit(1); }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *buf = malloc((size_t)n + 1);
    if (!buf || fread(buf, 1, (size_t)n, f) != (size_t)n) { perror(path); exit(1); }
    buf[n] = 0;
    fclose(f);
    *len = (size_t)n;
    return buf;
}

/* Days from 1970-01-01 (Howard Hinnant's algorithm). */
static long days_from_civil(long y, unsigned m, unsigned d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (long)doe - 719468;
}

static long write_cell(lxw_worksheet *ws, lxw_format *date, int r, int c, char *s) {
    if (!*s) return 0;
    char *end;
    double v = strtod(s, &end);
    /* LeiKa keys (14 digits) are text in the reports, as they are here. */
    if (end != s && *end == 0 && strspn(s, "0123456789") < 12) {
        worksheet_write_number(ws, r, c, v, NULL);
    } else if (strlen(s) == 10 && s[4] == '-' && s[7] == '-') {
        long days = days_from_civil(atol(s), (unsigned)atoi(s + 5), (unsigned)atoi(s + 8));
        worksheet_write_number(ws, r, c, (double)(days + 25569), date);
    } else if (!strcmp(s, "TRUE") || !strcmp(s, "FALSE")) {
        worksheet_write_boolean(ws, r, c, s[0] == 'T', NULL);
    } else {
        worksheet_write_string(ws, r, c, s, NULL);
    }
    return 1;
}

/* Writes one TSV text (modified in place) as OUT. Returns the number of cells. */
static long write_book(const char *out, char *p, int constant) {
    lxw_workbook_options options = {.constant_memory = (uint8_t)constant, .tmpdir = NULL, .use_zip64 = 0};
    lxw_workbook *wb = workbook_new_opt(out, &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, NULL);
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    long cells = 0;
    int r = 0, c = 0;
    while (*p) {
        char *field = p, *w = p;
        if (*p == '"') {
            p++;
            for (;;) {
                if (*p == 0) break;
                if (*p == '"') {
                    if (p[1] == '"') { *w++ = '"'; p += 2; continue; }
                    p++;
                    break;
                }
                *w++ = *p++;
            }
        } else {
            while (*p && *p != '\t' && *p != '\n') *w++ = *p++;
        }
        char sep = *p;
        *w = 0;
        cells += write_cell(ws, date, r, c, field);
        if (sep == '\t') { c++; p++; }
        else if (sep == '\n') { r++; c = 0; p++; }
    }
    if (workbook_close(wb) != LXW_NO_ERROR) { fprintf(stderr, "workbook_close failed: %s\n", out); exit(1); }
    return cells;
}

int main(int argc, char **argv) {
    int jobs = 1, constant = 0, a = 1;
    while (a < argc && argv[a][0] == '-') {
        if (!strcmp(argv[a], "-j") && a + 1 < argc) { jobs = atoi(argv[a + 1]); a += 2; }
        else if (!strcmp(argv[a], "-c")) { constant = 1; a++; }
        else break;
    }
    if (argc - a < 2) {
        fprintf(stderr, "usage: %s [-j N] [-c] OUTDIR FILE.tsv...\n", argv[0]);
        return 2;
    }
    const char *dir = argv[a++];
    int n = argc - a;
    char **texts = malloc(sizeof(char *) * (size_t)n);
    for (int i = 0; i < n; i++) {
        size_t len;
        texts[i] = slurp(argv[a + i], &len);
    }
    if (jobs < 1) jobs = 1;
    int pipes[64][2];
    if (jobs > 64) jobs = 64;
    double t0 = now();
    for (int j = 0; j < jobs; j++) {
        if (pipe(pipes[j]) != 0) { perror("pipe"); return 1; }
        pid_t pid = fork();
        if (pid == 0) {
            long cells = 0;
            char out[4096];
            for (int i = j; i < n; i += jobs) {
                const char *base = strrchr(argv[a + i], '/');
                base = base ? base + 1 : argv[a + i];
                snprintf(out, sizeof out, "%s/%s.xlsx", dir, base);
                cells += write_book(out, texts[i], constant);
            }
            if (write(pipes[j][1], &cells, sizeof cells) != sizeof cells) _exit(1);
            _exit(0);
        }
        close(pipes[j][1]);
    }
    long cells = 0;
    for (int j = 0; j < jobs; j++) {
        long c = 0;
        if (read(pipes[j][0], &c, sizeof c) == sizeof c) cells += c;
        int status;
        wait(&status);
    }
    struct rusage ru;
    getrusage(RUSAGE_CHILDREN, &ru);
    double cpu = ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
    printf("%.3f %.3f %ld\n", now() - t0, cpu, cells);
    return 0;
}
