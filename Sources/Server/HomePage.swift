/// The page at `/`: the filters as a form, the map and the chronological list, in one file.
///
/// Nothing is fetched from elsewhere (no scripts, fonts or tiles): the map is the server's own
/// `/map.svg` and the list its `/incidents`, so the page works with no internet connection.
/// Changing a filter updates the map, the list and the address (a link reproduces the view)
/// without a reload; an error shows the server's message next to the form.
enum HomePage {
    static let html = #"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Timeline</title>
        <style>
        body { font: 14px/1.4 system-ui, sans-serif; margin: 0; color: #222; background: #fafafa; }
        header { padding: 10px 16px; background: #2b3a4a; color: #fff; }
        header h1 { font-size: 18px; margin: 0; display: inline; }
        header span { margin-left: 12px; opacity: .8; }
        form { display: flex; flex-wrap: wrap; gap: 8px 12px; padding: 10px 16px; background: #eef1f4; border-bottom: 1px solid #ccd; }
        label { display: flex; flex-direction: column; font-size: 12px; color: #445; }
        input, select { font: inherit; padding: 3px 5px; min-width: 9em; }
        button { font: inherit; padding: 4px 14px; align-self: flex-end; }
        #error { color: #a00; padding: 6px 16px; }
        #error:empty { display: none; }
        main { display: flex; flex-wrap: wrap; gap: 16px; padding: 12px 16px; }
        #map { flex: 1 1 560px; min-width: 320px; }
        #map svg { width: 100%; height: auto; background: #fff; border: 1px solid #ccd; }
        #list { flex: 1 1 380px; min-width: 300px; max-height: 80vh; overflow-y: auto; }
        #list h2 { font-size: 15px; margin: 14px 0 4px; border-bottom: 1px solid #ccd; }
        .entry { padding: 6px 4px; border-bottom: 1px solid #e4e6ea; }
        .entry .when { color: #556; font-size: 12px; }
        .entry .what { font-weight: 600; }
        .entry .where { color: #334; }
        #count { color: #445; padding: 0 16px; }
        </style>
        </head>
        <body>
        <header><h1>Timeline</h1><span>incidents by time and place</span></header>
        <form id="filters">
          <label>Region <input name="region" placeholder="Belgorod region"></label>
          <label>Since <input name="since" placeholder="2023-05-30 22:00"></label>
          <label>Until <input name="until" placeholder="2023-06-01T09:00"></label>
          <label>Zone <input name="zone" placeholder="Europe/Moscow" list="zones"></label>
          <label>Type <input name="type" placeholder="Explosions/Remote violence"></label>
          <label>Text <input name="text" placeholder="drone"></label>
          <button type="submit">Show</button>
        </form>
        <datalist id="zones"><option value="UTC"><option value="Europe/Moscow"><option value="Europe/Kyiv"><option value="America/New_York"></datalist>
        <div id="error" role="alert"></div>
        <div id="count"></div>
        <main><div id="map"></div><div id="list"></div></main>
        <script>
        "use strict";
        const form = document.getElementById("filters");
        const names = ["region", "since", "until", "zone", "type", "text"];
        const pageSize = 500;

        function parameters() {
          const query = new URLSearchParams();
          for (const name of names) {
            const value = form.elements[name].value.trim();
            if (value) query.set(name, value);
          }
          return query;
        }

        function text(tag, className, content) {
          const element = document.createElement(tag);
          if (className) element.className = className;
          element.textContent = content;
          return element;
        }

        async function fetchChecked(url) {
          const response = await fetch(url);
          if (!response.ok) {
            let message = response.status + " " + response.statusText;
            try { message = (await response.json()).error.message; } catch (ignored) {}
            throw new Error(message);
          }
          return response;
        }

        function localTime(iso, zone, withClock) {
          try {
            const options = { timeZone: zone || "UTC", dateStyle: "medium" };
            if (withClock) options.timeStyle = "short";
            return new Date(iso).toLocaleString("en-GB", options);
          } catch (ignored) {
            return iso;
          }
        }

        function renderList(incidents, zone) {
          const list = document.getElementById("list");
          list.replaceChildren();
          let day = "";
          for (const incident of incidents) {
            // A clock only where the report gives one (minute or hour); a day, a week or a month is shown as its first day.
            const clock = incident.occurred_precision === "minute" || incident.occurred_precision === "hour";
            const when = localTime(incident.occurred_start, zone, clock)
              + (clock ? "" : " (" + (incident.occurred_precision || "day") + ")");
            const thisDay = when.split(",")[0];
            if (thisDay !== day) { day = thisDay; list.appendChild(text("h2", "", day)); }
            const entry = document.createElement("div");
            entry.className = "entry";
            entry.dataset.id = incident.id;
            entry.appendChild(text("div", "when", when + ", " + (zone || "UTC")));
            entry.appendChild(text("div", "what", (incident.sub_event_type || incident.event_type || "unclassified")
              + (incident.fatalities ? ", " + incident.fatalities + " killed" : "")));
            entry.appendChild(text("div", "where", [incident.location, incident.admin1, incident.country].filter(Boolean).join(", ")));
            entry.appendChild(text("div", "headline", incident.headline || ""));
            list.appendChild(entry);
          }
        }

        let latest = 0;

        async function update(pushState) {
          // Answers to an earlier filter that arrive late are dropped, not drawn over the newer view.
          const asked = ++latest;
          const query = parameters();
          const error = document.getElementById("error");
          error.textContent = "";
          if (pushState) history.replaceState(null, "", query.toString() ? "?" + query.toString() : location.pathname);
          try {
            const listQuery = new URLSearchParams(query);
            listQuery.set("format", "json");
            listQuery.set("limit", String(pageSize));
            const [mapResponse, listResponse] = await Promise.all([
              fetchChecked("map.svg?" + query.toString()), fetchChecked("incidents?" + listQuery.toString())]);
            const svg = await mapResponse.text();
            const incidents = await listResponse.json();
            if (asked !== latest) return;
            document.getElementById("map").innerHTML = svg;
            renderList(incidents, query.get("zone"));
            const more = listResponse.headers.get("Timeline-Next-Cursor") ? " (the first " + pageSize + ")" : "";
            document.getElementById("count").textContent = incidents.length + " incidents" + more;
            document.body.dataset.incidents = String(incidents.length);
            document.body.dataset.marks = String(document.querySelectorAll("#map g.mark").length);
          } catch (failure) {
            if (asked !== latest) return;
            error.textContent = failure.message;
            document.body.dataset.error = failure.message;
          }
          document.body.dataset.ready = "true";
        }

        form.addEventListener("submit", (event) => { event.preventDefault(); update(true); });
        for (const name of names) form.elements[name].addEventListener("change", () => update(true));
        const start = new URLSearchParams(location.search);
        for (const name of names) if (start.get(name)) form.elements[name].value = start.get(name);
        update(false);
        </script>
        </body>
        </html>

        """#
}
