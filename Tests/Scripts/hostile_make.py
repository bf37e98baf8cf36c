#!/usr/bin/env python3
"""Generates the hostile-input suite: broken, crafted and mislabelled files.

Usage: hostile_make.py OUTDIR

Writes one file per case into OUTDIR and a manifest OUTDIR/cases.json:
  [{"file": "...", "expect": "error"|"ok", "mentions": ["words the message must contain"]}]
No large binaries are committed: everything is generated here, bombs included (they are small
on disk and large only when inflated).
"""
import io
import json
import os
import struct
import sys
import zipfile
import zlib

out = sys.argv[1]
os.makedirs(out, exist_ok=True)
cases = []


def case(name, data, expect="error", mentions=()):
    with open(os.path.join(out, name), "wb") as f:
        f.write(data)
    cases.append({"file": name, "expect": expect, "mentions": list(mentions)})


CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
</Types>"""
RELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
WB = """<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="Tabelle1" sheetId="1" r:id="rId1"/></sheets></workbook>"""
WBRELS = """<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
%s
</Relationships>"""
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


def sheet(body, prolog=""):
    return f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet {NS}><sheetData>{body}</sheetData></worksheet>'


def xlsx(sheet_xml, extra=None, sst=None, wbrels_extra="", drop=(), wb=WB):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        parts = {
            "[Content_Types].xml": CT,
            "_rels/.rels": RELS,
            "xl/workbook.xml": wb,
            "xl/_rels/workbook.xml.rels": WBRELS % wbrels_extra,
            "xl/worksheets/sheet1.xml": sheet_xml,
        }
        if sst is not None:
            parts["xl/sharedStrings.xml"] = sst
        for k, v in (extra or {}).items():
            parts[k] = v
        for name, data in parts.items():
            if name in drop:
                continue
            z.writestr(name, data if isinstance(data, bytes) else data.encode("utf-8"))
    return buf.getvalue()


SSTREL = '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>'

# A good baseline, to be sure the generator itself is right.
case("ok_minimal.xlsx", xlsx(sheet('<row r="1"><c r="A1"><v>42</v></c></row>')), "ok")

# --- zip bombs -----------------------------------------------------------------------------
def bomb_xlsx(size):
    # A sheet whose XML inflates to `size` bytes of one repeated row: tiny on disk.
    row = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>'
    head = f'<?xml version="1.0" encoding="UTF-8"?><worksheet {NS}><sheetData>'.encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in {"[Content_Types].xml": CT, "_rels/.rels": RELS, "xl/workbook.xml": WB,
                           "xl/_rels/workbook.xml.rels": WBRELS % ""}.items():
            z.writestr(name, data)
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(head)
            chunk = row * (1 << 14)
            written = 0
            while written < size:
                f.write(chunk)
                written += len(chunk)
            f.write(b"</sheetData></worksheet>")
    return buf.getvalue()

# 3 GiB of XML: over the per-part size limit (2 GiB), and over the ratio limit long before.
case("bomb_size.xlsx", bomb_xlsx(3 << 30), "error", ["limit"])

def bomb_ratio_ods():
    # content.xml of zeros-like text: ratio far above 1000:1, 200 MB inflated.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        info = zipfile.ZipInfo("content.xml")
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"><!--')
            chunk = b" " * (1 << 20)
            for _ in range(200):
                f.write(chunk)
            f.write(b"--></office:document-content>")
    return buf.getvalue()

case("bomb_ratio.ods", bomb_ratio_ods(), "error", ["limit"])

# --- XML attacks -----------------------------------------------------------------------------
laughs = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' \
         '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">' \
         '<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">]>'
case("billion_laughs.xlsx", xlsx(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&lol4;</t></is></c></row>', laughs)), "error", ["DTD"])
xxe = '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
case("xxe.xlsx", xlsx(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row>', xxe)), "error", ["DTD"])
case("xxe_sst.xlsx", xlsx(sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
                          sst=f'<?xml version="1.0"?>{xxe}<sst {NS}><si><t>&xxe;</t></si></sst>', wbrels_extra=SSTREL), "error", ["DTD"])
deep = "<x>" * 100000 + "</x>" * 100000
case("deep_nesting.xlsx", xlsx(sheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace("<sheetData>", "<sheetData>" + deep)), "error", ["depth"])
case("undefined_entity.xlsx", xlsx(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>&nbsp;</t></is></c></row>')), "error", ["entity"])
case("mismatched_tags.xlsx", xlsx(sheet('<row r="1"><c r="A1"><v>1</c></v></row>')), "error", ["XML"])

# --- far away and huge --------------------------------------------------------------------
case("far_cell.xlsx", xlsx(sheet('<row r="1048576"><c r="XFD1048576"><v>7</v></c></row>')), "ok")
case("wrong_dimension.xlsx", xlsx(sheet('<row r="1"><c r="A1"><v>1</v></c></row>').replace("<sheetData>", '<dimension ref="A1:XFD1048576"/><sheetData>')), "ok")

def ods(content, manifest=None, mimetype="application/vnd.oasis.opendocument.spreadsheet", extra=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype)
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest or
                   '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                   '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                   '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>' % mimetype)
        for k, v in (extra or {}).items():
            z.writestr(k, v)
    return buf.getvalue()

ODSNS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
         'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
         'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')

def ods_table(rows):
    return (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODSNS} office:version="1.2">'
            f'<office:body><office:spreadsheet><table:table table:name="Tabelle1">{rows}</table:table>'
            '</office:spreadsheet></office:body></office:document-content>')

# 1,048,576 rows × 16,384 columns each holding a value: 17 billion cells: the cell cap must stop it.
case("repeat_bomb.ods", ods(ods_table(
    '<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" '
    'office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>')), "error", ["limit"])
# Trailing empty repeats as LibreOffice writes them: must read fast and give one cell.
case("trailing_repeats.ods", ods(ods_table(
    '<table:table-row><table:table-cell office:value-type="string"><text:p>da</text:p></table:table-cell>'
    '<table:table-cell table:number-columns-repeated="16383"/></table:table-row>'
    '<table:table-row table:number-rows-repeated="1048575"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>')), "ok")
# A row with a value repeated 100,000 times: 100,000 rows handed out one by one (a fuzz finding:
# the reader once took them from the front of an array, quadratic, 6 s).
case("repeated_rows.ods", ods(ods_table(
    '<table:table-row table:number-rows-repeated="100000"><table:table-cell '
    'office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>')), "ok")

# --- broken archives -----------------------------------------------------------------------
good = xlsx(sheet('<row r="1"><c r="A1"><v>42</v></c></row>' * 1))
case("truncated.xlsx", good[: len(good) // 2], "error")
bad_crc = bytearray(good)
# Flip a byte inside the sheet part's compressed data (after its 30-byte header + name), the
# part the reader must read.
at = bad_crc.find(b"PK\x03\x04" + bytes(22) [:0])
at = 0
while True:
    at = bad_crc.find(b"PK\x03\x04", at)
    name_len = struct.unpack("<H", bad_crc[at + 26:at + 28])[0]
    extra_len = struct.unpack("<H", bad_crc[at + 28:at + 30])[0]
    if bad_crc[at + 30:at + 30 + name_len] == b"xl/worksheets/sheet1.xml":
        break
    at += 4
comp = struct.unpack("<I", bad_crc[at + 18:at + 22])[0]
bad_crc[at + 30 + name_len + extra_len + comp // 2] ^= 0x01
case("bad_crc.xlsx", bytes(bad_crc), "error")
bad_cd = bytearray(good)
cd = bad_cd.rfind(b"PK\x01\x02")
bad_cd[cd:cd + 4] = b"XXXX"
case("bad_central_directory.xlsx", bytes(bad_cd), "error")
case("not_an_archive.xlsx", b"Hello, this is just text pretending to be a workbook.\n" * 10, "ok")
case("random_bytes.xlsx", bytes((i * 7919 + 13) % 251 for i in range(4096)).replace(b"\x00", b"\x01") + b"\x00", "error")
case("empty_file.xlsx", b"", "error", ["empty"])
case("empty_file.csv", b"", "ok")

# --- Compound Files: legacy .xls, encrypted OOXML -----------------------------------------
def cfb(stream_names):
    # A minimal Compound File: header, one FAT sector, one directory sector.
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)
    struct.pack_into("<H", header, 32, 6)
    struct.pack_into("<I", header, 44, 1)      # number of FAT sectors
    struct.pack_into("<I", header, 48, 1)      # first directory sector
    struct.pack_into("<I", header, 56, 4096)
    struct.pack_into("<I", header, 60, 0xFFFFFFFE)
    struct.pack_into("<I", header, 68, 0xFFFFFFFE)
    struct.pack_into("<I", header, 76, 0)      # DIFAT[0] = sector 0
    for i in range(1, 109):
        struct.pack_into("<I", header, 76 + 4 * i, 0xFFFFFFFF)
    fat = bytearray(b"\xff" * 512)
    struct.pack_into("<II", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE)
    directory = bytearray()
    for name in ["Root Entry"] + stream_names:
        entry = bytearray(128)
        encoded = name.encode("utf-16-le")
        entry[0:len(encoded)] = encoded
        struct.pack_into("<H", entry, 64, len(encoded) + 2)
        entry[66] = 5 if name == "Root Entry" else 2
        directory += entry
    directory += bytes(512 - len(directory) % 512) if len(directory) % 512 else b""
    return bytes(header) + bytes(fat) + bytes(directory)

case("legacy.xls", cfb(["Workbook", "\x05SummaryInformation"]), "error", [".xls"])
case("legacy_named_xlsx.xlsx", cfb(["Workbook"]), "error", [".xls"])
case("encrypted_ooxml.xlsx", cfb(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]), "error", ["password"])

# --- ODF cases ------------------------------------------------------------------------------
enc_manifest = ('<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="1234">'
                '<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
                '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>'
                '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" manifest:salt="AAAA"/>'
                '</manifest:encryption-data></manifest:file-entry></manifest:manifest>')
case("password.ods", ods(bytes((i * 31 + 7) % 256 for i in range(2000)), manifest=enc_manifest), "error", ["password"])
case("odt_renamed.ods", ods("<office:document-content/>", mimetype="application/vnd.oasis.opendocument.text"), "error", ["text document"])

# --- archive structure ---------------------------------------------------------------------
def traversal():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in {"[Content_Types].xml": CT, "_rels/.rels": RELS, "xl/workbook.xml": WB,
                           "xl/_rels/workbook.xml.rels": WBRELS % "",
                           "xl/worksheets/sheet1.xml": sheet('<row r="1"><c r="A1"><v>1</v></c></row>'),
                           "../../../../tmp/ozg-evil.txt": "evil", "/etc/ozg-evil.txt": "evil"}.items():
            z.writestr(name, data)
    return buf.getvalue()

case("path_traversal.xlsx", traversal(), "ok")

def duplicate():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in {"[Content_Types].xml": CT, "_rels/.rels": RELS, "xl/workbook.xml": WB,
                           "xl/_rels/workbook.xml.rels": WBRELS % ""}.items():
            z.writestr(name, data)
        import warnings
        warnings.simplefilter("ignore")
        z.writestr("xl/worksheets/sheet1.xml", sheet('<row r="1"><c r="A1"><v>1</v></c></row>'))
        z.writestr("xl/worksheets/sheet1.xml", sheet('<row r="1"><c r="A1"><v>2</v></c></row>'))
    return buf.getvalue()

case("duplicate_entries.xlsx", duplicate(), "error", ["duplicate"])
case("missing_sheet_part.xlsx", xlsx(sheet(""), drop=("xl/worksheets/sheet1.xml",)), "error", ["sheet1.xml"])
case("missing_workbook.xlsx", xlsx(sheet(""), drop=("xl/workbook.xml",)), "error", ["workbook"])
case("sst_index_out_of_range.xlsx", xlsx(sheet('<row r="1"><c r="A1" t="s"><v>5</v></c></row>'),
                                         sst=f'<?xml version="1.0"?><sst {NS}><si><t>a</t></si></sst>', wbrels_extra=SSTREL), "error", ["A1"])
case("invalid_utf8.xlsx", xlsx(sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>abc</t></is></c></row>').encode().replace(b"abc", b"a\xff\xfec")), "error", ["UTF-8"])
long_text = "x" * 40000
case("string_too_long.xlsx", xlsx(sheet(f'<row r="1"><c r="A1" t="inlineStr"><is><t>{long_text}</t></is></c></row>')), "ok")

# --- CSV -----------------------------------------------------------------------------------
case("nul_bytes.csv", b"a;b\n1;\x002\n", "error", ["NUL"])
case("huge_field.csv", b'Name;Text\nx;"' + b"y" * (10 << 20) + b'"\n', "ok")

with open(os.path.join(out, "cases.json"), "w") as f:
    json.dump(cases, f, indent=1)
