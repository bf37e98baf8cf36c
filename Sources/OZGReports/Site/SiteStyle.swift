/// The site's style sheet (`assets/site.css`): the report pages' CSS plus navigation, forms and
/// a narrow-screen layout; the print rules of the reports hide navigation and search form.
enum SiteStyle {
    static let css: String = HTMLReportRenderer.css + HTMLReportRenderer.paletteCSS + "\n" + site

    private static let site = """
        a{color:#1F4E79}
        a:focus-visible,input:focus-visible,select:focus-visible,button:focus-visible,.frame:focus-visible{outline:3px solid #C55A11;outline-offset:2px}
        .skip{position:absolute;left:-999px;top:0;background:#fff;color:#1F4E79;padding:6px 10px;z-index:10}
        .skip:focus{left:8px;top:8px}
        header.doc .site{margin:0 0 2px;font-size:13px;opacity:1}
        header.doc .stand{opacity:1}
        nav.site{display:flex;flex-wrap:wrap;gap:4px 18px}
        nav.site a{margin-right:0;padding:4px 0}
        nav.site a[aria-current="page"]{text-decoration:underline;text-underline-offset:4px}
        section.sheet h2 a{color:inherit}
        ul.links{columns:3 16em;padding-left:18px;margin:6px 0}
        ul.links li{break-inside:avoid;margin:2px 0}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:6px 0}
        dl.facts dt{font-weight:600}
        dl.facts dd{margin:0}
        ul.downloads{list-style:none;padding:0;margin:6px 0}
        ul.downloads li{margin:3px 0}
        ul.downloads a{display:inline-block;margin-right:10px;padding:2px 0}
        form.search{display:grid;grid-template-columns:repeat(auto-fit,minmax(190px,1fr));gap:10px 16px;margin:8px 0 12px}
        form.search label{display:block;font-weight:600;margin-bottom:3px}
        form.search input,form.search select{width:100%;font-size:15px;padding:6px;border:1px solid #6b7a8f;border-radius:3px;background:#fff;color:#222}
        form.search .wide{grid-column:1/-1}
        .frame.fit{width:fit-content;max-width:100%}
        p.count{font-weight:700;margin:6px 0}
        td span.syn{display:block;font-size:13px;color:#444}
        ul.ways{padding-left:18px;margin:6px 0}
        ul.ways li{margin:6px 0}
        ul.ways ul.downloads{margin:2px 0 0}
        code{font-size:13px;background:#eef2f7;padding:1px 4px;border-radius:3px;overflow-wrap:anywhere}
        details summary{cursor:pointer;margin:6px 0}
        p.hint{color:#444;font-size:13px}
        footer{color:#555}
        .sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        @media (max-width:640px){
          header.doc{padding:12px 14px}
          header.doc h1{font-size:20px}
          nav{padding:8px 14px}
          main{padding:4px 10px 20px}
          section.sheet{padding:8px 10px}
          .frame{max-height:none}
          th,td{max-width:18em}
          ul.links{columns:1}
          dl.facts{grid-template-columns:1fr}
          dl.facts dd{margin:0 0 6px}
        }
        @media print{
          form.search,.skip,ul.downloads,nav.site,p.hint{display:none}
          section.sheet{page-break-before:auto;margin:8px 0}
          .frame.fit{width:auto}
          a{color:#000;text-decoration:none}
        }
        """
}
