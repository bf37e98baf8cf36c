import CZip
import OZGSpreadsheet

/// Turns libzip error codes into `SpreadsheetError`s with a reason a person can act on.
enum ZipArchiveErrors {
    static func openError(path: String, code: Int32) -> SpreadsheetError {
        switch code {
        case ZIP_ER_NOENT: return .fileNotFound(path: path)
        case ZIP_ER_OPEN, ZIP_ER_READ, ZIP_ER_SEEK, ZIP_ER_TELL:
            return .unreadable(path: path, reason: systemMessage(code))
        case ZIP_ER_NOZIP:
            return looksTruncated(path)
                ? .corrupt(path: path, part: nil, reason: "truncated zip archive (its central directory at the end is missing)")
                : .notASpreadsheet(path: path, detected: "not a zip archive")
        case ZIP_ER_INCONS:
            return .corrupt(path: path, part: nil, reason: "bad central directory (the zip archive is inconsistent)")
        case ZIP_ER_MULTIDISK:
            return .corrupt(path: path, part: nil, reason: "split (multi-disk) zip archives are not supported")
        case ZIP_ER_EOF:
            return .corrupt(path: path, part: nil, reason: "truncated zip archive (premature end of file)")
        case ZIP_ER_MEMORY:
            return .unreadable(path: path, reason: "out of memory")
        default:
            return .corrupt(path: path, part: nil, reason: "zip error \(code): \(systemMessage(code))")
        }
    }

    static func entryError(path: String, part: String, code: Int32) -> SpreadsheetError {
        switch code {
        case ZIP_ER_CRC:
            return .corrupt(path: path, part: part, reason: "bad CRC (the entry's data is damaged)")
        case ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA:
            return .corrupt(path: path, part: part, reason: "the compressed data is damaged")
        case ZIP_ER_EOF, ZIP_ER_READ, ZIP_ER_SEEK:
            return .corrupt(path: path, part: part, reason: "truncated zip archive (the entry's data ends early)")
        case ZIP_ER_INCONS:
            return .corrupt(path: path, part: part, reason: "bad central directory (the entry's local header does not match)")
        case ZIP_ER_COMPNOTSUPP:
            return .corrupt(path: path, part: part, reason: "unsupported compression method")
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD:
            return .encrypted(path: path)
        case ZIP_ER_MEMORY:
            return .unreadable(path: path, reason: "out of memory")
        default:
            return .corrupt(path: path, part: part, reason: "zip error \(code): \(systemMessage(code))")
        }
    }

    static func systemMessage(_ code: Int32) -> String {
        var err = zip_error_t()
        zip_error_init_with_code(&err, code)
        defer { zip_error_fini(&err) }
        return zip_error_strerror(&err).map { String(cString: $0) } ?? "error \(code)"
    }

    /// A file that starts like a zip archive but has no end record was cut short.
    static func looksTruncated(_ path: String) -> Bool {
        guard let f = fopen(path, "rb") else { return false }
        defer { fclose(f) }
        var head = [UInt8](repeating: 0, count: 4)
        guard fread(&head, 1, 4, f) == 4 else { return false }
        return head == [0x50, 0x4B, 0x03, 0x04]
    }
}
