#!/usr/bin/env python3
"""Writes the .xlsx fixtures of XLSXReaderTests into a folder.

Usage: make_xlsx_fixtures.py OUTDIR [CASE ...]   (no CASE: all of them)

Each case is a small workbook written with zipfile and hand-written XML, so that the odd
things real producers do (no r attributes, Strict namespaces, absolute targets, any prefix)
are exactly as intended. `openpyxl_ordinary` is written by openpyxl.
"""
import os
import sys
import zipfile

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"

CT_SHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def content_types(workbook_part="/xl/workbook.xml", macro=False, sheets=1):
    wb_type = ("application/vnd.ms-excel.sheet.macroEnabled.main+xml" if macro
               else "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
    over = f'<Override PartName="{workbook_part}" ContentType="{wb_type}"/>'
    for i in range(1, sheets + 1):
        over += f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{CT_SHEET}"/>'
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>' + over + '</Types>')


def rels(items, ns_rel_types=REL):
    out = f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
    for rid, typ, target, *ext in items:
        mode = ' TargetMode="External"' if ext and ext[0] else ""
        full = typ if "://" in typ else f"{ns_rel_types}/{typ}"
        out += f'<Relationship Id="{rid}" Type="{full}" Target="{target}"{mode}/>'
    return out + "</Relationships>"


def sheet_xml(body, extra_after="", ns=MAIN, relns=REL, prefix="", before=""):
    p = prefix + ":" if prefix else ""
    decl = f'xmlns:{prefix}="{ns}"' if prefix else f'xmlns="{ns}"'
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            f'<{p}worksheet {decl} xmlns:r="{relns}">{before}<{p}sheetData>{body}</{p}sheetData>{extra_after}</{p}worksheet>')


def workbook_xml(sheets, ns=MAIN, relns=REL, pr="", prefix="", extra=""):
    p = prefix + ":" if prefix else ""
    decl = f'xmlns:{prefix}="{ns}"' if prefix else f'xmlns="{ns}"'
    s = "".join(
        f'<{p}sheet name="{name}" sheetId="{i + 1}"{state} r:id="rId{i + 1}"/>'
        for i, (name, state) in enumerate(sheets))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            f'<{p}workbook {decl} xmlns:r="{relns}">{pr}<{p}sheets>{s}</{p}sheets>{extra}</{p}workbook>')


STYLES_DATES = f'''<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{MAIN}">
<numFmts count="3"><numFmt numFmtId="164" formatCode="DD.MM.YYYY"/><numFmt numFmtId="165" formatCode="[h]:mm"/>
<numFmt numFmtId="166" formatCode="0.00%"/></numFmts>
<fonts count="4"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/></font>
<font><i/><color rgb="FFFF0000"/></font><font><b val="0"/></font></fonts>
<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>
<fill><patternFill patternType="solid"><fgColor rgb="FFFFFF00"/><bgColor indexed="64"/></patternFill></fill></fills>
<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>
<border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="1" fillId="2" borderId="0"/></cellStyleXfs>
<cellXfs count="14">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="20" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="46" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="27" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1"><alignment horizontal="center" vertical="top" wrapText="1"/></xf>
<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0"><protection locked="0"/></xf>
<xf numFmtId="0" fontId="3" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="57" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>'''


def write_package(path, sheets, sst=None, styles=None, workbook=None, workbook_part="xl/workbook.xml",
                  root_rels=None, wb_rels=None, extra_parts=None, macro=False, core=None, app=None,
                  sheet_rels=None):
    """sheets: list of (name, state_attr, xml)."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types("/" + workbook_part, macro, len(sheets)))
        root = [("rId1", "officeDocument", workbook_part)]
        if core is not None:
            root.append(("rId2", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                         "docProps/core.xml"))
        if app is not None:
            root.append(("rId3", "extended-properties", "docProps/app.xml"))
        z.writestr("_rels/.rels", rels(root))
        z.writestr(workbook_part, workbook or workbook_xml([(n, s) for n, s, _ in sheets]))
        items = wb_rels or [(f"rId{i + 1}", "worksheet", f"worksheets/sheet{i + 1}.xml") for i in range(len(sheets))]
        if wb_rels is None:
            if sst is not None:
                items.append(("rIdS", "sharedStrings", "sharedStrings.xml"))
            if styles is not None:
                items.append(("rIdT", "styles", "styles.xml"))
        wb_dir = workbook_part.rsplit("/", 1)[0]
        wb_name = workbook_part.rsplit("/", 1)[1]
        z.writestr(f"{wb_dir}/_rels/{wb_name}.rels", rels(items))
        for i, (_, _, xml) in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{i + 1}.xml", xml)
        if sst is not None:
            z.writestr("xl/sharedStrings.xml", sst)
        if styles is not None:
            z.writestr("xl/styles.xml", styles)
        if sheet_rels:
            for i, r in sheet_rels.items():
                z.writestr(f"xl/worksheets/_rels/sheet{i}.xml.rels", r)
        if core is not None:
            z.writestr("docProps/core.xml", core)
        if app is not None:
            z.writestr("docProps/app.xml", app)
        for name, data in (extra_parts or {}).items():
            z.writestr(name, data)


def sst(items):
    body = "".join(f"<si>{i}</si>" for i in items)
    return f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{len(items)}" uniqueCount="{len(items)}">{body}</sst>'


CASES = {}


def case(fn):
    CASES[fn.__name__] = fn
    return fn


@case
def shared_strings_rich_text(out):
    strings = sst([
        "<t>plain</t>",
        '<r><rPr><b/></rPr><t>bold </t></r><r><t xml:space="preserve">and plain</t></r>',
        "<t>漢字</t><rPh sb=\"0\" eb=\"2\"><t>かんじ</t></rPh><phoneticPr fontId=\"1\"/>",
        "<t>a &amp; b &lt;c&gt;</t>",
        "<t>line1\nline2</t>",
        "<t/>",
        "<t>CR_x000D_LF and _x005F_x0041_ and _xZZZZ_</t>",
    ])
    body = "".join(f'<row r="{i + 1}"><c r="A{i + 1}" t="s"><v>{i}</v></c></row>' for i in range(7))
    write_package(out, [("Tabelle1", "", sheet_xml(body))], sst=strings)


@case
def inline_strings(out):
    body = ('<row r="1"><c r="A1" t="inlineStr"><is><t>inline</t></is></c>'
            '<c r="B1" t="inlineStr"><is><r><t>ri</t></r><r><rPr><i/></rPr><t>ch</t></r></is></c>'
            '<c r="C1" t="inlineStr"><is><t xml:space="preserve">  spaced  </t></is></c></row>')
    write_package(out, [("Sheet1", "", sheet_xml(body))])


@case
def cell_types(out):
    body = ('<row r="1"><c r="A1" t="str"><f>"a"&amp;"b"</f><v>ab</v></c>'
            '<c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>0</v></c><c r="D1" t="b"><v>true</v></c>'
            '<c r="E1" t="b"><v>false</v></c></row>'
            '<row r="2"><c r="A2" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="B2" t="e"><v>#N/A</v></c>'
            '<c r="C2" t="d"><v>2024-02-29</v></c><c r="D2" t="d"><v>2024-02-29T13:45:30</v></c></row>'
            '<row r="3"><c r="A3" t="n"><v>42</v></c><c r="B3"><v>-1.5E-3</v></c><c r="C3"><v>0.1</v></c>'
            '<c r="D3" s="0"/><c r="E3"><v></v></c></row>')
    write_package(out, [("Sheet1", "", sheet_xml(body))])


@case
def no_r_attributes(out):
    body = ('<row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c></row>'
            '<row><c><v>2</v></c><c r="D2"><v>3</v></c><c><v>4</v></c></row>'
            '<row r="5"><c><v>5</v></c></row><row><c><v>6</v></c></row>')
    write_package(out, [("Sheet1", "", sheet_xml(body))])


@case
def dates(out):
    # s: 1 = id 14 date, 2 = id 22 date-time, 3 = id 20 h:mm, 4 = id 46 [h]:mm:ss,
    # 5 = DD.MM.YYYY, 6 = [h]:mm, 7 = id 27 East-Asian, 8 = 0.00%, 12 = id 57, 13 = #,##0
    body = ('<row r="1"><c r="A1" s="1"><v>45351</v></c><c r="B1" s="1"><v>45351.5</v></c>'
            '<c r="C1" s="2"><v>45351.75</v></c><c r="D1" s="3"><v>0.5</v></c>'
            '<c r="E1" s="4"><v>1.5</v></c><c r="F1" s="5"><v>45351</v></c><c r="G1" s="6"><v>2.25</v></c>'
            '<c r="H1" s="7"><v>45351</v></c><c r="I1" s="8"><v>0.125</v></c><c r="J1" s="12"><v>45351</v></c>'
            '<c r="K1" s="13"><v>1234</v></c></row>'
            '<row r="2"><c r="A2" s="1"><v>59</v></c><c r="B2" s="1"><v>60</v></c><c r="C2" s="1"><v>61</v></c>'
            '<c r="D2" s="1"><v>1</v></c><c r="E2" s="3"><v>0.999999</v></c></row>')
    write_package(out, [("Sheet1", "", sheet_xml(body))], styles=STYLES_DATES)


@case
def date1904(out):
    body = '<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>44000</v></c></row>'
    wb = workbook_xml([("Sheet1", "")], pr='<workbookPr date1904="1"/>')
    write_package(out, [("Sheet1", "", sheet_xml(body))], styles=STYLES_DATES, workbook=wb)


@case
def date1904_only_in_extension(out):
    body = '<row r="1"><c r="A1" s="1"><v>44000</v></c></row>'
    ext = ('<extLst><ext uri="{00000000-0000-0000-0000-000000000000}" '
           'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">'
           '<x15:workbookPr date1904="1"/></ext></extLst>')
    wb = workbook_xml([("Sheet1", "")], pr='<workbookPr defaultThemeVersion="124226"/>', extra=ext)
    write_package(out, [("Sheet1", "", sheet_xml(body))], styles=STYLES_DATES, workbook=wb)


@case
def missing_shared_strings_and_styles(out):
    body = '<row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1" s="3"><v>7</v></c></row>'
    write_package(out, [("Sheet1", "", sheet_xml(body))])


@case
def absolute_targets(out):
    body = '<row r="1"><c r="A1"><v>1</v></c></row>'
    items = [("rId1", "worksheet", "/xl/worksheets/sheet1.xml"), ("rId9", "sharedStrings", "/xl/sharedStrings.xml")]
    write_package(out, [("Sheet1", "", sheet_xml(body + '<row r="2"><c r="A2" t="s"><v>0</v></c></row>'))],
                  sst=sst(["<t>absolut</t>"]), wb_rels=items)


@case
def workbook_elsewhere(out):
    body = '<row r="1"><c r="A1"><v>1</v></c></row>'
    items = [("rId1", "worksheet", "../xl/worksheets/sheet1.xml")]
    write_package(out, [("Daten", "", sheet_xml(body))], workbook_part="book/main.xml", wb_rels=items)


@case
def any_prefix(out):
    body = '<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>prefixed</x:t></x:is></x:c><x:c r="B1"><x:v>2</x:v></x:c></x:row>'
    wb = workbook_xml([("Sheet1", "")], prefix="x")
    write_package(out, [("Sheet1", "", sheet_xml(body, prefix="x"))], workbook=wb)


@case
def strict_namespaces(out):
    body = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>45351</v></c></row>'
    wb = workbook_xml([("Strict", "")], ns=STRICT_MAIN, relns=STRICT_REL, pr='<workbookPr date1904="false"/>')
    strict_sst = sst(["<t>streng</t>"]).replace(MAIN, STRICT_MAIN)
    styles = STYLES_DATES.replace(MAIN, STRICT_MAIN)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", content_types())
        z.writestr("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")], STRICT_REL))
        z.writestr("xl/workbook.xml", wb)
        z.writestr("xl/_rels/workbook.xml.rels", rels([
            ("rId1", "worksheet", "worksheets/sheet1.xml"), ("rId2", "sharedStrings", "sharedStrings.xml"),
            ("rId3", "styles", "styles.xml")], STRICT_REL))
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml(body, ns=STRICT_MAIN, relns=STRICT_REL))
        z.writestr("xl/sharedStrings.xml", strict_sst)
        z.writestr("xl/styles.xml", styles)


@case
def macro_workbook(out):
    body = '<row r="1"><c r="A1"><v>1</v></c></row>'
    write_package(out, [("Sheet1", "", sheet_xml(body))], macro=True,
                  extra_parts={"xl/vbaProject.bin": b"\x00fake vba\x00"})


@case
def hidden_sheets(out):
    body = '<row r="1"><c r="A1"><v>1</v></c></row>'
    write_package(out, [("Sichtbar", "", sheet_xml(body)), ("Versteckt", ' state="hidden"', sheet_xml(body)),
                        ("Sehr versteckt", ' state="veryHidden"', sheet_xml(body))])


@case
def wrong_dimension(out):
    body = '<row r="10"><c r="D10"><v>1</v></c></row>'
    xml = sheet_xml(body, before='<dimension ref="A1"/>')
    write_package(out, [("Sheet1", "", xml), ("Sheet2", "", sheet_xml(body))])


@case
def formulas(out):
    body = ('<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2+$A$1</f><v>3</v></c>'
            '<c r="C1"><f>SUM(A1:A3)</f><v>6</v></c></row>'
            '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>5</v></c>'
            '<c r="C2"><f t="shared" ref="C2:D2" si="1">SUM(A:A)</f><v>6</v></c><c r="D2"><f t="shared" si="1"/><v>6</v></c></row>'
            '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>7</v></c>'
            '<c r="C3"><f t="array" ref="C3">SUM(A1:A3*2)</f><v>12</v></c></row>')
    write_package(out, [("Sheet1", "", sheet_xml(body))])


@case
def layout(out):
    body = '<row r="1"><c r="A1" t="inlineStr"><is><t>Kopf</t></is></c></row>'
    before = ('<sheetViews><sheetView tabSelected="1" workbookViewId="0"><pane xSplit="1" ySplit="2" '
              'topLeftCell="B3" activePane="bottomRight" state="frozen"/></sheetView></sheetViews>'
              '<cols><col min="1" max="1" width="30.5" customWidth="1"/><col min="2" max="3" width="12" hidden="1"/>'
              '<col min="4" max="16384" width="9"/></cols>')
    after = ('<sheetProtection sheet="1" objects="1"/><autoFilter ref="A2:C20"/>'
             '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="D5:E6"/></mergeCells>'
             '<dataValidations count="2"><dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="B3:B20 D3">'
             '<formula1>"ja,nein,teilweise"</formula1></dataValidation>'
             '<dataValidation type="list" errorStyle="warning" sqref="C3:C20"><formula1>Listen!$A$1:$A$4</formula1></dataValidation>'
             '<dataValidation type="whole" sqref="E3"><formula1>1</formula1></dataValidation></dataValidations>'
             '<hyperlinks><hyperlink ref="A3" r:id="rId1" tooltip="Portal"/><hyperlink ref="A4" location="Sheet2!A1" display="x"/></hyperlinks>'
             '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" '
             'xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">'
             '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">'
             '<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Listen!$B$1:$B$3</xm:f></x14:formula1>'
             '<xm:sqref>F3:F9</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst>')
    srels = rels([("rId1", "hyperlink", "https://example.org/ozg?a=1&amp;b=2", True)])
    write_package(out, [("Sheet1", "", sheet_xml(body, extra_after=after, before=before)),
                        ("Sheet2", "", sheet_xml(""))], sheet_rels={1: srels})


@case
def cell_styles(out):
    body = ('<row r="1" ht="30" customHeight="1"><c r="A1" s="9" t="inlineStr"><is><t>Kopf</t></is></c>'
            '<c r="B1" s="10"><v>1</v></c><c r="C1" s="11"><v>2</v></c><c r="D1" s="9"/><c r="E1" s="1"/></row>'
            '<row r="2" hidden="1"><c r="A2"><v>3</v></c></row><row r="3" ht="15" customHeight="0"><c r="A3"><v>4</v></c></row>')
    write_package(out, [("Sheet1", "", sheet_xml(body))], styles=STYLES_DATES)


@case
def far_cell(out):
    body = '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    write_package(out, [("Sheet1", "", sheet_xml(body, before='<dimension ref="XFD1048576"/>'))])


@case
def properties(out):
    core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>OZG Umsetzung</dc:title>'
            '<dc:creator>Pate Müller</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2023-04-05T06:07:08Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-02T03:04:05Z</dcterms:modified></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Excel</Application><Company>KRZ</Company></Properties>')
    write_package(out, [("Sheet1", "", sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>'))], core=core, app=app)


@case
def ods_renamed(out):
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")


@case
def zip_without_workbook(out):
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("readme.txt", "hello")


@case
def legacy_xls(out):
    with open(out, "wb") as f:
        f.write(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + b"\x00" * 1024 + "Workbook".encode("utf-16-le"))


@case
def encrypted(out):
    with open(out, "wb") as f:
        f.write(bytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) + b"\x00" * 1024
                + "EncryptionInfo".encode("utf-16-le") + b"\x00" * 64 + "EncryptedPackage".encode("utf-16-le"))


@case
def not_a_zip(out):
    with open(out, "w") as f:
        f.write("Name;Wert\nA;1\n")


@case
def truncated(out):
    tmp = out + ".full"
    shared_strings_rich_text(tmp)
    data = open(tmp, "rb").read()
    os.remove(tmp)
    with open(out, "wb") as f:
        f.write(data[: len(data) // 2])


@case
def bad_crc(out):
    body = '<row r="1"><c r="A1" t="inlineStr"><is><t>' + "Daten " * 50 + '</t></is></c></row>'
    tmp = out + ".full"
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as z:
        z.writestr("[Content_Types].xml", content_types())
        z.writestr("_rels/.rels", rels([("rId1", "officeDocument", "xl/workbook.xml")]))
        z.writestr("xl/workbook.xml", workbook_xml([("Sheet1", "")]))
        z.writestr("xl/_rels/workbook.xml.rels", rels([("rId1", "worksheet", "worksheets/sheet1.xml")]))
        z.writestr("xl/worksheets/sheet1.xml", sheet_xml(body))
    data = bytearray(open(tmp, "rb").read())
    os.remove(tmp)
    i = data.find(b"Daten Daten")
    data[i] = ord("X")
    open(out, "wb").write(bytes(data))


@case
def zip_bomb(out):
    row = '<row><c><v>0</v></c></row>'
    body = row * 120000  # about 3 MB inflated, a few KB deflated
    write_package(out, [("Sheet1", "", sheet_xml(body))])


@case
def many_cells(out):
    body = "".join(f'<row r="{r}">' + "".join(f"<c><v>{c}</v></c>" for c in range(10)) + "</row>" for r in range(1, 101))
    write_package(out, [("Sheet1", "", sheet_xml(body))])


@case
def malformed_sheet(out):
    xml = sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</c></row>')
    write_package(out, [("Sheet1", "", xml)])


@case
def doctype_sheet(out):
    xml = ('<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]>'
           + sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is><t>&b;</t></is></c></row>').split("?>", 1)[1])
    write_package(out, [("Sheet1", "", xml)])


@case
def bad_shared_string_index(out):
    write_package(out, [("Sheet1", "", sheet_xml('<row r="1"><c r="A1" t="s"><v>5</v></c></row>'))], sst=sst(["<t>x</t>"]))


@case
def openpyxl_ordinary(out):
    import datetime
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Leistungen"
    ws.append(["OZG-ID", "Leistung", "Relevant", "Frist", "Anteil", "Zeit"])
    for c in ws[1]:
        c.font = Font(bold=True)
    rows = [
        (10092, "Wohngeld", True, datetime.date(2022, 12, 31), 0.25, datetime.datetime(2023, 1, 2, 8, 30)),
        (10043, "Gewerbeanmeldung", False, datetime.date(2021, 6, 1), 1.0, datetime.datetime(2020, 2, 29, 23, 59, 59)),
        (99999, "Umlaute äöü ß €", None, None, -3.5, None),
    ]
    for r in rows:
        ws.append(list(r))
    ws["E2"].number_format = "0.00%"
    ws["C5"] = "=A2+A3"
    ws2 = wb.create_sheet("Zweites Blatt")
    ws2["B2"] = "allein"
    ws2["D10"] = 1e-9
    wb.save(out)


def main():
    outdir = sys.argv[1]
    names = sys.argv[2:] or list(CASES)
    os.makedirs(outdir, exist_ok=True)
    for name in names:
        ext = ".xlsm" if name == "macro_workbook" else ".xls" if name in ("legacy_xls",) else ".xlsx"
        CASES[name](os.path.join(outdir, name + ext))


if __name__ == "__main__":
    main()
