/// # OZGCSV: comma- and semicolon-separated files
///
/// ``CSVReader`` and ``CSVWriter`` read and write CSV as RFC 4180 describes it, with what German
/// Excel adds to it.
///
/// ## Reading
/// - Quoted fields with `""` for a quote, line breaks inside quotes, records ending in CRLF, LF
///   or CR. A quote that never closes runs to the end of the file (as Excel reads it).
/// - Delimiter: `,`, `;` or tab, detected by counting each outside quotes over the first 20
///   records (the one with the same non-zero count on most records wins; `;` wins a tie, as
///   German Excel writes it). A first line `sep=;` (Excel's hint) sets it and is skipped.
/// - Encoding: UTF-8 with or without BOM, UTF-16 LE/BE with BOM (or without, when every other
///   byte of the start is NUL), and Windows-1252 when the first 64 KiB are not valid UTF-8
///   (German Excel's "CSV (Trennzeichen-getrennt)": ä ö ü ß €). A later field that is not valid
///   UTF-8 is decoded as Windows-1252 on its own.
/// - Streaming: the file is read in 1 MiB chunks; a 1 GB file never sits in memory.
/// - Limits: a field longer than ``ReadLimits/maxStringBytes`` or more cells than
///   ``ReadLimits/maxCells`` is ``SpreadsheetError/limitExceeded(path:part:limit:value:maximum:)``;
///   a NUL byte in an 8-bit file is ``SpreadsheetError/notASpreadsheet(path:detected:)``
///   (a binary file or a UTF-16 file without BOM that was not recognised).
/// - Values are text unless ``CSVReadOptions/typeInference`` is on (off by default: keys such as
///   LeiKa `99107023017000` or AGS `08111000` must stay as written). See ``CSVTypeInference``.
///
/// ## Writing
/// - ``CSVWriteOptions/excel`` (the default for files): UTF-8 with BOM, `;`, CRLF, decimal
///   comma, `WAHR`/`FALSCH`: German Excel opens it correctly by double-click (without the BOM
///   it would read the UTF-8 bytes as Windows-1252, with `,` it would show one column).
/// - ``CSVWriteOptions/plain``: UTF-8 without BOM, `,`, LF, decimal point, `TRUE`/`FALSE`: for
///   standard output and other programs.
/// - Dates ISO (`2024-03-15`, date-times `2024-03-15 13:45:30`), numbers in their shortest form.
/// - Formula-injection guard (OWASP "CSV injection"), on by default: see ``FormulaInjectionGuard`` (OZGBase).
/// - One sheet per file; a second sheet is an error unless ``CSVWriteOptions/extraSheets`` says
///   to ignore it. Callers that convert a workbook choose the sheet to write.
public enum OZGCSVModule {}
