/// The search page's script (`assets/suche.js`): plain JavaScript, no libraries, no requests.
///
/// It reads `window.OZG_DATA` (``SiteSearchData``), filters on every input and shows the hits
/// in a table built with DOM calls and `textContent` only (never HTML from data). The number of
/// hits is announced in a live region and kept in its `data-count` attribute.
enum SiteSearchScript {
    static let js = #"""
        (function () {
          "use strict";
          var D = window.OZG_DATA;
          var form = document.getElementById("suche");
          if (!D || !form) { return; }
          var LIMIT = 200;
          var LABEL = { j: "ja", t: "teilweise", n: "nein", o: "offen" };
          function $(id) { return document.getElementById(id); }
          var q = $("q"), fThema = $("f-thema"), fTyp = $("f-typ"), fKommune = $("f-kommune"),
              fRel = $("f-relevanz"), fStatus = $("f-status"), fStand = $("f-stand"), count = $("anzahl"), table = $("treffer");
          var root = form.getAttribute("data-root") || "";

          function fold(s) {
            return String(s).toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/\u00df/g, "ss");
          }
          var hay = D.l.map(function (r) {
            return fold([r[1], r[3], r[7], D.themen[r[4]].n, r[8]].join(" ")) + " " + r[0] + " " + r[2];
          });
          var names = D.l.map(function (r) { return fold(r[1]); });

          // Per row, a bit per Umsetzungsstand that at least one council reports.
          var has = Object.prototype.hasOwnProperty;
          var anyStand = D.l.map(function () { return 0; });
          D.kommunen.forEach(function (k) {
            for (var key in k.s) { if (has.call(k.s, key)) { anyStand[+key] |= 1 << k.s[key]; } }
          });
          var ONLINE = D.staende.indexOf("online"), NZ = D.staende.indexOf("nicht zuständig");
          function standOf(i, kom) { var s = D.kommunen[kom].s; return has.call(s, String(i)) ? s[String(i)] : -1; }
          function fitsStand(i, kom, want) {
            if (want === "") { return true; }
            if (kom >= 0) {
              var s = standOf(i, kom);
              if (want === "-") { return s < 0; }
              if (want === "luecke") { return s !== ONLINE && s !== NZ; }
              return s === +want;
            }
            if (want === "-") { return anyStand[i] === 0; }
            if (want === "luecke") { return D.l[i][9] === 0; }
            return (anyStand[i] & (1 << +want)) !== 0;
          }

          function num(select) { return select && select.value !== "" ? +select.value : -1; }
          function verdict(r, i, typ, kom) {
            if (kom >= 0) {
              var k = D.kommunen[kom];
              if (Object.prototype.hasOwnProperty.call(k.x, String(i))) { return k.x[String(i)]; }
              return k.t >= 0 ? r[5].charAt(k.t) : "o";
            }
            return r[5].charAt(typ);
          }
          function fits(code, want) {
            return want === "" || (want === "r" ? (code === "j" || code === "t") : code === want);
          }
          function tokens() {
            var raw = q.value.trim();
            var compact = raw.replace(/[\s.]/g, "");
            if (/^\d+$/.test(compact)) { return [compact]; }
            return fold(raw).split(/\s+/).filter(Boolean);
          }

          function search() {
            var toks = tokens(), thema = num(fThema), kom = num(fKommune), typ = num(fTyp);
            if (kom >= 0) { typ = D.kommunen[kom].t; }
            var want = fRel.value, st = fStatus ? fStatus.value : "", stand = fStand ? fStand.value : "";
            var hits = [];
            for (var i = 0; i < D.l.length; i++) {
              var r = D.l[i];
              if (thema >= 0 && r[4] !== thema) { continue; }
              if (st === "-" && r[6] !== -1) { continue; }
              if (st !== "" && st !== "-" && r[6] !== +st) { continue; }
              if (!fitsStand(i, kom, stand)) { continue; }
              if (want !== "") {
                if (kom >= 0 || typ >= 0) {
                  if (!fits(verdict(r, i, typ, kom), want)) { continue; }
                } else {
                  var any = false;
                  for (var t = 0; t < D.typen.length && !any; t++) { any = fits(r[5].charAt(t), want); }
                  if (!any) { continue; }
                }
              }
              var h = hay[i], ok = true;
              for (var j = 0; j < toks.length && ok; j++) { ok = h.indexOf(toks[j]) >= 0; }
              if (ok) { hits.push(i); }
            }
            show(hits, typ, kom, toks);
          }

          function th(row, text, title) {
            var c = document.createElement("th");
            c.scope = "col";
            c.textContent = text;
            if (title) { c.title = title; }
            row.appendChild(c);
          }
          function td(row, text, cls) {
            var c = document.createElement("td");
            c.textContent = text;
            if (cls) { c.className = cls; }
            row.appendChild(c);
            return c;
          }

          // The synonyms of a hit when one of them holds a search word its name lacks: why it was found.
          function viaSynonym(i, toks) {
            var syn = D.l[i][8];
            if (!syn) { return ""; }
            var f = fold(syn);
            for (var j = 0; j < toks.length; j++) {
              if (names[i].indexOf(toks[j]) < 0 && f.indexOf(toks[j]) >= 0) { return syn; }
            }
            return "";
          }

          function show(hits, typ, kom, toks) {
            var head = table.tHead, body = table.tBodies[0];
            while (head.firstChild) { head.removeChild(head.firstChild); }
            var hr = document.createElement("tr");
            head.appendChild(hr);
            th(hr, "LeiKa-Schlüssel"); th(hr, "Leistungsbezeichnung"); th(hr, "OZG-Leistung"); th(hr, "Themenfeld");
            var types = [];
            if (kom >= 0) {
              th(hr, "Relevanz für " + D.kommunen[kom].n);
            } else if (typ >= 0) {
              th(hr, "Relevanz " + D.typen[typ].k, D.typen[typ].n);
            } else {
              for (var t = 0; t < D.typen.length; t++) { types.push(t); th(hr, D.typen[t].k, D.typen[t].n); }
            }
            if (D.status.length) { th(hr, "Vorhaben des Verbands"); }
            if (D.staende.length) { th(hr, kom >= 0 ? "Umsetzungsstand in " + D.kommunen[kom].n : "Online bei Kommunen"); }
            var frag = document.createDocumentFragment();
            for (var n = 0; n < hits.length && n < LIMIT; n++) {
              var i = hits[n], r = D.l[i], tr = document.createElement("tr");
              td(tr, r[0]);
              var name = td(tr, ""), a = document.createElement("a");
              a.href = root + D.themen[r[4]].u;
              a.textContent = r[1];
              name.appendChild(a);
              var syn = viaSynonym(i, toks);
              if (syn) {
                var s = document.createElement("span");
                s.className = "syn";
                s.textContent = "auch: " + syn;
                name.appendChild(s);
              }
              td(tr, r[2] + " " + r[3]);
              td(tr, D.themen[r[4]].n);
              var codes = types.length ? types.map(function (t) { return r[5].charAt(t); }) : [verdict(r, i, typ, kom)];
              codes.forEach(function (c) { td(tr, LABEL[c], "v " + (D.klassen[c] || "")); });
              if (D.status.length) { td(tr, r[6] >= 0 ? D.status[r[6]] : ""); }
              if (D.staende.length) {
                if (kom >= 0) {
                  var sv = standOf(i, kom);
                  td(tr, sv >= 0 ? D.staende[sv] : "", sv >= 0 ? "v " + (D.klassen[D.staende[sv]] || "") : "");
                } else {
                  td(tr, r[9] ? String(r[9]) : "", "n");
                }
              }
              frag.appendChild(tr);
            }
            while (body.firstChild) { body.removeChild(body.firstChild); }
            body.appendChild(frag);
            var text = hits.length === 1 ? "1 Treffer" : hits.length + " Treffer";
            if (hits.length > LIMIT) { text += " – die ersten " + LIMIT + " sind aufgeführt"; }
            count.textContent = text;
            count.setAttribute("data-count", String(hits.length));
          }

          fKommune.addEventListener("change", function () {
            var kom = num(fKommune);
            if (kom >= 0 && D.kommunen[kom].t >= 0) { fTyp.value = String(D.kommunen[kom].t); }
          });
          fTyp.addEventListener("change", function () {
            var kom = num(fKommune);
            if (kom >= 0 && String(D.kommunen[kom].t) !== fTyp.value) { fKommune.value = ""; }
          });
          form.addEventListener("input", search);
          form.addEventListener("change", search);
          form.addEventListener("submit", function (e) { e.preventDefault(); search(); });

          var m = /[#&]kommune=([^&]*)/.exec(location.hash);
          if (m) {
            var wanted = decodeURIComponent(m[1]);
            for (var k = 0; k < D.kommunen.length; k++) {
              if (D.kommunen[k].n === wanted) {
                fKommune.value = String(k);
                if (D.kommunen[k].t >= 0) { fTyp.value = String(D.kommunen[k].t); }
                fRel.value = "r";
              }
            }
            var st2 = /[#&]stand=([^&]*)/.exec(location.hash);
            if (st2 && fStand) { fStand.value = decodeURIComponent(st2[1]); }
          }
          search();
        })();
        """#
}
