/* Writes the reading benchmark workbook: 200,000 rows x 15 columns of text, numbers, dates
 * and booleans. Usage: gen_xlsx OUT.xlsx (inline|shared) [ROWS]
 * inline: libxlsxwriter's constant-memory mode (inline strings, rows streamed);
 * shared: normal mode (shared string table), as LibreOffice and Excel write. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

static const char *themes[] = {"Bauen & Wohnen", "Familie & Kind", "Gesundheit", "Arbeit & Ruhestand",
                               "Mobilität & Reisen", "Steuern & Zoll", "Unternehmensführung"};
static const char *verdicts[] = {"ja", "nein", "teilweise", "offen"};

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s OUT.xlsx inline|shared [ROWS]\n", argv[0]);
        return 2;
    }
    int rows = argc > 3 ? atoi(argv[3]) : 200000;
    lxw_workbook_options options = {0};
    options.constant_memory = strcmp(argv[2], "inline") == 0 ? LXW_TRUE : LXW_FALSE;
    lxw_workbook *wb = workbook_new_opt(argv[1], &options);
    lxw_worksheet *ws = workbook_add_worksheet(wb, "Daten");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "dd.mm.yyyy");
    lxw_format *pct = workbook_add_format(wb);
    format_set_num_format(pct, "0.00%");
    char buf[128];
    const char *headers[15] = {"ID", "Leistung", "Themenfeld", "Schluessel", "Anzahl", "Betrag", "Frist",
                               "Aktiv", "Relevanz", "Anteil", "Beginn", "Notiz", "Stufe", "Geprueft", "Wert"};
    for (int c = 0; c < 15; c++) worksheet_write_string(ws, 0, c, headers[c], NULL);
    for (int r = 1; r <= rows; r++) {
        lxw_datetime d1 = {2020 + r % 5, 1 + r % 12, 1 + r % 28, 0, 0, 0};
        lxw_datetime d2 = {2021 + r % 3, 1 + (r * 7) % 12, 1 + (r * 3) % 28, 0, 0, 0};
        worksheet_write_number(ws, r, 0, r, NULL);
        snprintf(buf, sizeof buf, "Leistung Nummer %d mit einem längeren Namen", r);
        worksheet_write_string(ws, r, 1, buf, NULL);
        worksheet_write_string(ws, r, 2, themes[r % 7], NULL);
        snprintf(buf, sizeof buf, "99%012d", r * 37);
        worksheet_write_string(ws, r, 3, buf, NULL);
        worksheet_write_number(ws, r, 4, (r * 13) % 1000, NULL);
        worksheet_write_number(ws, r, 5, r * 1.25 + 0.01, NULL);
        worksheet_write_datetime(ws, r, 6, &d1, date);
        worksheet_write_boolean(ws, r, 7, r % 2, NULL);
        worksheet_write_string(ws, r, 8, verdicts[r % 4], NULL);
        worksheet_write_number(ws, r, 9, (r % 100) / 100.0, pct);
        worksheet_write_datetime(ws, r, 10, &d2, date);
        snprintf(buf, sizeof buf, "Bemerkung %d", r % 5000);
        worksheet_write_string(ws, r, 11, buf, NULL);
        worksheet_write_number(ws, r, 12, r % 5, NULL);
        worksheet_write_boolean(ws, r, 13, r % 3 == 0, NULL);
        worksheet_write_number(ws, r, 14, -r / 7.0, NULL);
    }
    lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        fprintf(stderr, "workbook_close: %s\n", lxw_strerror(err));
        return 1;
    }
    return 0;
}
