/*
 * bare_write.c: the write benchmark's baseline. Writes 200,000 rows x 15 columns (text,
 * numbers, dates, booleans) straight through libxlsxwriter, the same cells as
 * Benchmarks/write/swift/main.swift writes through XLSXWriter.
 *
 *   cc -O2 bare_write.c -o bare_write $(pkg-config --cflags --libs xlsxwriter)
 *   ./bare_write OUT.xlsx [constant|normal] [rows]
 * Prints the elapsed wall-clock and CPU seconds on stdout ("wall cpu").
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <xlsxwriter.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec + ts.tv_nsec / 1e9;
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "usage: %s OUT.xlsx [constant|normal] [rows]\n", argv[0]);
        return 2;
    }
    int constant = argc < 3 || strcmp(argv[2], "normal") != 0;
    int rows = argc > 3 ? atoi(argv[3]) : 200000;
    double t0 = now();
    clock_t c0 = clock();
    lxw_workbook_options options = {.constant_memory = constant, .tmpdir = NULL, .use_zip64 = 1};
    lxw_workbook *wb = workbook_new_opt(argv[1], &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Daten");
    lxw_format *pct = workbook_add_format(wb);
    format_set_num_format(pct, "0%");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");
    lxw_format *datetime = workbook_add_format(wb);
    format_set_num_format(datetime, "yyyy-mm-dd hh:mm:ss");
    char buf[128];
    for (int i = 0; i < rows; i++) {
        lxw_row_t r = (lxw_row_t)i;
        snprintf(buf, sizeof buf, "Leistung %d", i);
        worksheet_write_string(ws, r, 0, buf, NULL);
        snprintf(buf, sizeof buf, "Kommune %d", i % 500);
        worksheet_write_string(ws, r, 1, buf, NULL);
        snprintf(buf, sizeof buf, "Themenfeld %d", i % 14);
        worksheet_write_string(ws, r, 2, buf, NULL);
        snprintf(buf, sizeof buf, "Beschreibung einer Verwaltungsleistung Nummer %d", i);
        worksheet_write_string(ws, r, 3, buf, NULL);
        snprintf(buf, sizeof buf, "Status %d", i % 5);
        worksheet_write_string(ws, r, 4, buf, NULL);
        worksheet_write_number(ws, r, 5, i, NULL);
        worksheet_write_number(ws, r, 6, i * 1.5, NULL);
        worksheet_write_number(ws, r, 7, (i % 1000) / 7.0, NULL);
        worksheet_write_number(ws, r, 8, 99107023017000.0 + i, NULL);
        worksheet_write_number(ws, r, 9, (i % 100) / 100.0, pct);
        worksheet_write_number(ws, r, 10, 45000 + i % 3000, date);
        worksheet_write_number(ws, r, 11, 44000 + i % 2000, date);
        worksheet_write_number(ws, r, 12, 45000 + (i % 1000) + 0.5, datetime);
        worksheet_write_boolean(ws, r, 13, i % 2, NULL);
        worksheet_write_boolean(ws, r, 14, i % 3 == 0, NULL);
    }
    lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        fprintf(stderr, "workbook_close: %s\n", lxw_strerror(err));
        return 1;
    }
    printf("%.3f %.3f\n", now() - t0, (double)(clock() - c0) / CLOCKS_PER_SEC);
    return 0;
}
