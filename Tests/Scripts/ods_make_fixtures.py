#!/usr/bin/env python3
"""Writes the hand-made .ods fixtures for the ODS reader tests (the odd cases).

usage: ods_make_fixtures.py OUTDIR
  odd.ods        every value type, text markup, spans, repeats, groups, formulas, styles,
                 validations, auto-filter, frozen panes, hidden sheet, properties
  encrypted.ods  a manifest with encryption data and a content.xml that is not XML
  text.ods       an OpenDocument text document renamed to .ods
  repeated.ods   one value repeated over 16384 columns x 100000 rows (the cell cap)
"""
import os
import sys
import zipfile

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0"')

MIME = "application/vnd.oasis.opendocument.spreadsheet"


def manifest(mime=MIME, extra="", parts=("meta.xml", "settings.xml")):
    # LibreOffice refuses a package whose entries are not all in the manifest.
    others = "".join(f'<manifest:file-entry manifest:full-path="{p}" manifest:media-type="text/xml"/>' for p in parts)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mime}"/>'
            f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{extra}</manifest:file-entry>'
            f'{others}</manifest:manifest>')


def package(path, content, mime=MIME, meta=None, settings=None, styles=None, man=None):
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mime, compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", man or manifest(mime), compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        if styles:
            z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
        if meta:
            z.writestr("meta.xml", meta, compress_type=zipfile.ZIP_DEFLATED)
        if settings:
            z.writestr("settings.xml", settings, compress_type=zipfile.ZIP_DEFLATED)


AUTO = """<office:automatic-styles>
<style:style style:name="co1" style:family="table-column"><style:table-column-properties style:column-width="2.469cm"/></style:style>
<style:style style:name="co2" style:family="table-column"><style:table-column-properties style:column-width="1in"/></style:style>
<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>
<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>
<number:percentage-style style:name="N1"><number:number number:decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
<number:date-style style:name="N2"><number:day number:style="long"/><number:text>.</number:text><number:month number:style="long"/><number:text>.</number:text><number:year number:style="long"/></number:date-style>
<number:time-style style:name="N3" number:truncate-on-overflow="false"><number:hours/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:time-style>
<number:time-style style:name="N4"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:time-style>
<number:number-style style:name="N5"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/></number:number-style>
<number:currency-style style:name="N6"><number:number number:decimal-places="2" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="de" number:country="DE">€</number:currency-symbol></number:currency-style>
<number:date-style style:name="N7"><number:year number:style="long"/><number:text>-</number:text><number:month number:style="long"/><number:text>-</number:text><number:day number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/></number:date-style>
<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1"/>
<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"/>
<style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N3"/>
<style:style style:name="ce4" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N4"/>
<style:style style:name="ce5" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N5"/>
<style:style style:name="ce6" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N6"/>
<style:style style:name="ce7" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N7"/>
<style:style style:name="ce8" style:family="table-cell" style:parent-style-name="Default"><style:table-cell-properties fo:background-color="#ffff00"/><style:text-properties fo:font-weight="bold"/></style:style>
</office:automatic-styles>"""

ODD_BODY = """<office:body><office:spreadsheet>
<table:content-validations><table:content-validation table:name="val1" table:condition="of:cell-content-is-in-list(&quot;ja&quot;;&quot;nein&quot;)" table:allow-empty-cell="true" table:base-cell-address="Werte.H2"/></table:content-validations>
<table:table table:name="Werte" table:style-name="ta1">
<table:table-column table:style-name="co1" table:number-columns-repeated="2"/>
<table:table-column table:style-name="co2"/>
<table:table-column table:number-columns-repeated="16381"/>
<table:table-header-rows>
<table:table-row><table:table-cell office:value-type="string"><text:p>Zahl</text:p></table:table-cell><table:table-cell table:style-name="ce8" office:value-type="string"><text:p>Fett</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16382"/></table:table-row>
</table:table-header-rows>
<table:table-row-group><table:table-rows>
<table:table-row>
<table:table-cell office:value-type="float" office:value="1.5"><text:p>1,5</text:p></table:table-cell>
<table:table-cell table:style-name="ce1" office:value-type="percentage" office:value="0.125"><text:p>12,50 %</text:p></table:table-cell>
<table:table-cell table:style-name="ce6" office:value-type="currency" office:currency="EUR" office:value="1234.5"><text:p>1.234,50 €</text:p></table:table-cell>
<table:table-cell table:style-name="ce2" office:value-type="date" office:date-value="2024-02-29"><text:p>29.02.2024</text:p></table:table-cell>
<table:table-cell table:style-name="ce7" office:value-type="date" office:date-value="2024-02-29T13:45:30"><text:p>2024-02-29 13:45</text:p></table:table-cell>
<table:table-cell table:style-name="ce4" office:value-type="time" office:time-value="PT13H45M00S"><text:p>13:45</text:p></table:table-cell>
<table:table-cell table:style-name="ce3" office:value-type="time" office:time-value="PT1042374H09M57S"><text:p>1042374:09:57</text:p></table:table-cell>
<table:table-cell office:value-type="boolean" office:boolean-value="true" table:content-validation-name="val1"><text:p>WAHR</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>Text</text:p></table:table-cell>
<table:table-cell><text:p>ohne Typ</text:p></table:table-cell>
</table:table-row>
<table:table-row>
<table:table-cell office:value-type="string"><text:p>Zeile 1</text:p><text:p>Zeile 2</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>a<text:s/>b<text:s text:c="3"/>c<text:tab/>d<text:line-break/>e</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p>fett <text:span text:style-name="T1">und</text:span> normal</text:p></table:table-cell>
<table:table-cell office:value-type="string"><text:p><text:a xlink:href="https://www.ozg.example/leistung" xlink:type="simple">Link</text:a></text:p></table:table-cell>
<table:table-cell office:value-type="float" office:value="7"><office:annotation><dc:creator>Pate</dc:creator><text:p>Kommentar</text:p></office:annotation><text:p>7</text:p></table:table-cell>
<table:table-cell table:formula="of:=SUM([.A2];[.C2])" office:value-type="float" office:value="1236"><text:p>1236</text:p></table:table-cell>
<table:table-cell table:style-name="ce5" office:value-type="float" office:value="-1234567.891"><text:p>-1.234.567,89</text:p></table:table-cell>
</table:table-row>
</table:table-rows></table:table-row-group>
<table:table-row>
<table:table-cell table:number-columns-spanned="2" table:number-rows-spanned="2" office:value-type="string"><text:p>Verbunden</text:p></table:table-cell>
<table:covered-table-cell/>
<table:table-cell office:value-type="string"><text:p>rechts daneben</text:p></table:table-cell>
</table:table-row>
<table:table-row>
<table:covered-table-cell table:number-columns-repeated="2"/>
<table:table-cell office:value-type="float" office:value="3"><text:p>3</text:p></table:table-cell>
</table:table-row>
<table:table-row table:number-rows-repeated="2">
<table:table-cell office:value-type="string" table:number-columns-repeated="3"><text:p>x</text:p></table:table-cell>
<table:table-cell table:number-columns-repeated="16381"/>
</table:table-row>
<table:table-row table:number-rows-repeated="1048569"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
</table:table>
<table:table table:name="Versteckt" table:style-name="ta2">
<table:table-column/>
<table:table-row><table:table-cell office:value-type="string"><text:p>geheim</text:p></table:table-cell></table:table-row>
</table:table>
<table:database-ranges><table:database-range table:name="__Anonymous_Sheet_DB__0" table:target-range-address="Werte.A1:Werte.J3" table:display-filter-buttons="true"/></table:database-ranges>
</office:spreadsheet>
</office:body>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-settings {NS} office:version="1.2"><office:settings><config:config-item-set config:name="ooo:view-settings">
<config:config-item-map-indexed config:name="Views"><config:config-item-map-entry>
<config:config-item-map-named config:name="Tables"><config:config-item-map-entry config:name="Werte">
<config:config-item config:name="HorizontalSplitMode" config:type="short">2</config:config-item>
<config:config-item config:name="VerticalSplitMode" config:type="short">2</config:config-item>
<config:config-item config:name="HorizontalSplitPosition" config:type="int">1</config:config-item>
<config:config-item config:name="VerticalSplitPosition" config:type="int">1</config:config-item>
</config:config-item-map-entry></config:config-item-map-named>
</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings></office:document-settings>"""

META = f"""<?xml version="1.0" encoding="UTF-8"?>
<office:document-meta {NS} office:version="1.2"><office:meta><meta:generator>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</meta:generator><dc:title>Ungewöhnlich</dc:title><meta:initial-creator>OZG-AG</meta:initial-creator><meta:creation-date>2024-03-01T10:00:00.123456789</meta:creation-date></office:meta></office:document-meta>"""


def content(body, auto=AUTO):
    # LibreOffice writes no white space between elements; python-calamine refuses it in rows.
    body, auto = body.replace("\n", ""), auto.replace("\n", "")
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS} office:version="1.2">{auto}{body}</office:document-content>'


def main(out):
    os.makedirs(out, exist_ok=True)
    package(os.path.join(out, "odd.ods"), content(ODD_BODY), meta=META, settings=SETTINGS)
    enc = ('<manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" '
           'manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
           'manifest:initialisation-vector="AAAA"/></manifest:encryption-data>')
    package(os.path.join(out, "encrypted.ods"), bytes(range(256)) * 4, man=manifest(extra=enc, parts=()))
    package(os.path.join(out, "text.ods"),
            content('<office:body><office:text><text:p>Brief</text:p></office:text></office:body>', auto=""),
            mime="application/vnd.oasis.opendocument.text",
            man=manifest("application/vnd.oasis.opendocument.text", parts=()))
    rep = ('<office:body><office:spreadsheet><table:table table:name="Viel"><table:table-column/>'
           '<table:table-row table:number-rows-repeated="100000"><table:table-cell table:number-columns-repeated="16384" '
           'office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>'
           '</table:table></office:spreadsheet></office:body>')
    package(os.path.join(out, "repeated.ods"), content(rep, auto=""), man=manifest(parts=()))


if __name__ == "__main__":
    main(sys.argv[1])
