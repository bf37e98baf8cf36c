import OZGSpreadsheet

/// The small fixed parts of an .ods package: manifest, styles, meta and settings.
enum PackageParts {
    static let mimetype = "application/vnd.oasis.opendocument.spreadsheet"

    static let namespaces = """
        xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
        xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
        xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
        xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" \
        xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" \
        xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" \
        xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" \
        xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" \
        xmlns:xlink="http://www.w3.org/1999/xlink" \
        xmlns:dc="http://purl.org/dc/elements/1.1/" \
        xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" \
        xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0" \
        xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"
        """

    static let manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
         <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="\(mimetype)"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
         <manifest:file-entry manifest:full-path="settings.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """

    static let styles = """
        <?xml version="1.0" encoding="UTF-8"?>
        <office:document-styles \(namespaces) office:version="1.2">\
        <office:font-face-decls><style:font-face style:name="Calibri" svg:font-family="Calibri" style:font-family-generic="swiss"/><style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>\
        <office:styles>\
        <style:default-style style:family="table-cell"><style:paragraph-properties style:tab-stop-distance="1.25cm"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="de" fo:country="DE"/></style:default-style>\
        <style:style style:name="Default" style:family="table-cell"><style:text-properties style:font-name="Calibri" fo:font-family="Calibri" style:font-family-generic="swiss" fo:font-size="11pt"/></style:style>\
        </office:styles>\
        <office:automatic-styles>\
        <style:page-layout style:name="pm1"><style:page-layout-properties style:writing-mode="lr-tb"/></style:page-layout>\
        <style:page-layout style:name="pm2"><style:page-layout-properties fo:page-width="29.7cm" fo:page-height="21cm" style:print-orientation="landscape" style:writing-mode="lr-tb"/></style:page-layout>\
        </office:automatic-styles>\
        <office:master-styles>\
        <style:master-page style:name="Default" style:page-layout-name="pm1"/>\
        <style:master-page style:name="Landscape" style:page-layout-name="pm2"/>\
        </office:master-styles>\
        </office:document-styles>
        """

    /// `meta.xml`: generator "OZGKit" and the document properties.
    static func meta(_ p: DocumentProperties) -> String {
        var m = "<meta:generator>OZGKit</meta:generator>"
        func el(_ tag: String, _ v: String?) {
            if let v, !v.isEmpty { m += "<\(tag)>" + DataStyleWriter.escape(v) + "</\(tag)>" }
        }
        el("dc:title", p.title)
        el("dc:subject", p.subject)
        el("meta:initial-creator", p.author)
        el("dc:creator", p.author)
        el("dc:description", p.comments)
        el("meta:keyword", p.keywords)
        el("meta:creation-date", p.created?.iso)
        el("dc:date", p.modified?.iso)
        if let c = p.company, !c.isEmpty {
            m += "<meta:user-defined meta:name=\"Company\">" + DataStyleWriter.escape(c) + "</meta:user-defined>"
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-meta \(namespaces) office:version=\"1.2\"><office:meta>"
            + m + "</office:meta></office:document-meta>"
    }

    /// `settings.xml`: the frozen panes of each sheet and the active sheet.
    static func settings(sheets: [(name: String, frozen: FrozenPane?)], active: String?) -> String {
        var tables = ""
        for s in sheets {
            tables += "<config:config-item-map-entry config:name=\"\(DataStyleWriter.escape(s.name))\">"
            func item(_ name: String, _ type: String, _ v: Int) {
                tables += "<config:config-item config:name=\"\(name)\" config:type=\"\(type)\">\(v)</config:config-item>"
            }
            let cols = s.frozen?.columns ?? 0, rows = s.frozen?.rows ?? 0
            item("HorizontalSplitMode", "short", cols > 0 ? 2 : 0)
            item("VerticalSplitMode", "short", rows > 0 ? 2 : 0)
            item("HorizontalSplitPosition", "int", cols)
            item("VerticalSplitPosition", "int", rows)
            item("ActiveSplitRange", "short", rows > 0 ? 2 : cols > 0 ? 3 : 2)
            item("PositionLeft", "int", 0)
            item("PositionRight", "int", cols)
            item("PositionTop", "int", 0)
            item("PositionBottom", "int", rows)
            tables += "</config:config-item-map-entry>"
        }
        var active_ = ""
        if let active {
            active_ = "<config:config-item config:name=\"ActiveTable\" config:type=\"string\">\(DataStyleWriter.escape(active))</config:config-item>"
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-settings xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:config="urn:oasis:names:tc:opendocument:xmlns:config:1.0" office:version="1.2"><office:settings>\
            <config:config-item-set config:name="ooo:view-settings"><config:config-item-map-indexed config:name="Views">\
            <config:config-item-map-entry><config:config-item config:name="ViewId" config:type="string">view1</config:config-item>\
            <config:config-item-map-named config:name="Tables">\(tables)</config:config-item-map-named>\(active_)\
            </config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set>\
            </office:settings></office:document-settings>
            """
    }
}
