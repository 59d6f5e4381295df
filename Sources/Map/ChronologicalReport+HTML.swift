import IncidentData

extension ChronologicalReport {
    /// The report as one HTML file that works offline: the map above the chronological list,
    /// each entry linked to its mark.
    ///
    /// Hovering an entry or a mark highlights both; clicking pins the highlight (and a mark's
    /// click scrolls to its first entry); the place name links to the mark (`#m3`), which
    /// highlights it even with scripts off. No external scripts, fonts, styles or tiles.
    public func renderHTML(map: IncidentMap?) throws -> String {
        let markForIncident = map?.markForIncident ?? [:]
        let count = days.reduce(0) { $0 + $1.entries.count }
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="generator" content="timelinectl">
            <title>\(SVGText.escaped(title))</title>
            <style>\(Self.htmlStyle)</style>
            </head>
            <body>
            <header><h1>\(SVGText.escaped(title))</h1>
            <p class="meta">\(count) incident\(count == 1 ? "" : "s")\(map.map { " at \($0.marks.count) mark\($0.marks.count == 1 ? "" : "s") on the map" } ?? "").</p></header>

            """
        if let map, !map.marks.isEmpty { out += "<figure class=\"map\">\n" + map.svg() + "</figure>\n" }
        out += "<main>\n"
        if days.isEmpty { out += "<p>No incidents match.</p>\n" }
        for day in days {
            out += "<section>\n<h2>\(SVGText.escaped(Self.heading(day.date)))</h2>\n<ol class=\"entries\">\n"
            for record in day.entries {
                out += try htmlEntry(record, mark: markForIncident[record.id])
            }
            out += "</ol>\n</section>\n"
        }
        out += "</main>\n<footer>Places: GeoNames (CC BY 4.0). Outlines: countryinfo (MIT). Written by timelinectl.</footer>\n"
        out += "<script>\(Self.htmlScript)</script>\n</body>\n</html>\n"
        return out
    }

    private func htmlEntry(_ record: IncidentRecord, mark: String?) throws -> String {
        let entry = try entry(record)
        let e = SVGText.escaped
        let color = EventCategory(eventType: record.eventType).color
        var out = "<li class=\"entry\" id=\"incident-\(record.id)\"" + (mark.map { " data-mark=\"\($0)\"" } ?? "") + ">\n"
        out += "<p class=\"head\"><span class=\"time\">\(e(entry.localTime))</span> <span class=\"utc\">(\(e(entry.utcTime)))</span> "
        let place = mark.map { "<a href=\"#\($0)\" title=\"Show on the map\">\(e(entry.path))</a>" } ?? e(entry.path)
        out += "<span class=\"place\">\(place)</span> · <span class=\"kind\"><i style=\"background:\(color)\"></i>\(e(entry.kind))</span>"
        if !entry.counts.isEmpty { out += " · <span class=\"counts\">\(e(entry.counts))</span>" }
        out += "</p>\n<p class=\"headline\">\(e(record.headline))</p>\n"
        if entry.summary != record.headline { out += "<p>\(e(entry.summary))</p>\n" }
        out += "<p class=\"when\">occurred \(e(entry.occurred)) · \(e(entry.reported))"
        out += (record.reportCount > 1 ? " · \(record.reportCount) reports" : "") + "</p>\n"
        out += "<p class=\"source\">source: \(e(entry.source))</p>\n</li>\n"
        return out
    }

    static let htmlStyle = """

        body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;color:#222;max-width:1000px;margin:0 auto;padding:0 16px 32px;line-height:1.4}
        h1{font-size:1.35em;margin:20px 0 4px}h2{font-size:1.1em;border-bottom:1px solid #ccc;padding-bottom:2px;margin-top:28px}
        .meta,footer{color:#666;font-size:.85em}
        figure.map{margin:12px 0}figure.map svg{max-width:100%;height:auto}
        ol.entries{list-style:none;padding:0;margin:0}
        li.entry{padding:6px 8px;margin:4px 0;border-left:4px solid transparent;cursor:pointer}
        li.entry.active{background:#fff3c4;border-left-color:#e69f00}
        li.entry p{margin:2px 0}
        .time{font-weight:700}.utc,.when,.source{color:#666;font-size:.85em}.headline{font-style:italic}
        .kind i{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px}
        a{color:#0b5394}

        """

    static let htmlScript = """

        (function(){
        var marks={},entries={},pinned=null;
        document.querySelectorAll(".tl-map .mark").forEach(function(m){marks[m.id]=m;});
        document.querySelectorAll("li.entry[data-mark]").forEach(function(li){var id=li.getAttribute("data-mark");(entries[id]=entries[id]||[]).push(li);});
        function light(id,on){if(marks[id])marks[id].classList.toggle("active",on);(entries[id]||[]).forEach(function(li){li.classList.toggle("active",on);});}
        function pin(id){var was=pinned;if(was)light(was,false);pinned=was===id?null:id;if(pinned)light(pinned,true);}
        function wire(element,id,scroll){
        element.addEventListener("mouseenter",function(){light(id,true);});
        element.addEventListener("mouseleave",function(){if(pinned!==id)light(id,false);});
        element.addEventListener("click",function(){pin(id);if(scroll&&pinned===id&&entries[id])entries[id][0].scrollIntoView({block:"center"});});
        }
        Object.keys(entries).forEach(function(id){entries[id].forEach(function(li){wire(li,id,false);});});
        Object.keys(marks).forEach(function(id){wire(marks[id],id,true);});
        document.documentElement.setAttribute("data-map-marks",String(Object.keys(marks).length));
        document.documentElement.setAttribute("data-linked-entries",String(document.querySelectorAll("li.entry[data-mark]").length));
        })();

        """
}
