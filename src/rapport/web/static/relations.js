/* Relations page: draw the Vega-Lite chart (served locally, CSP-safe interpreter: no
   eval), and list the events behind a point when it is clicked. */
(function () {
  "use strict";
  var box = document.getElementById("chart");
  var specEl = document.getElementById("chart-spec");
  if (!box || !specEl || !window.vegaEmbed) return;
  var spec = JSON.parse(specEl.textContent);
  var width = Math.max(360, Math.min(1100, box.clientWidth - 110));   // fit the page
  (spec.vconcat || []).forEach(function (view) { view.width = width; });
  var filter = document.getElementById("period-filter");
  var nameEl = document.getElementById("period-name");
  var showAll = document.getElementById("show-all");

  function setPeriod(p) {
    var url = new URL(window.location.href);
    if (p) url.searchParams.set("period", p); else url.searchParams.delete("period");
    history.replaceState(null, "", url);
  }

  function show(p) {
    var found = false;
    document.querySelectorAll("section.period").forEach(function (s) {
      var on = s.getAttribute("data-period") === p;
      s.hidden = !on;
      if (on) { found = true; s.classList.add("picked"); } else { s.classList.remove("picked"); }
    });
    nameEl.textContent = found ? p : p + " (no events)";
    filter.hidden = false;
    setPeriod(p);
    filter.scrollIntoView({ behavior: "smooth", block: "start" });
  }

  if (showAll) {
    showAll.addEventListener("click", function (ev) {
      ev.preventDefault();
      document.querySelectorAll("section.period").forEach(function (s) {
        s.hidden = false;
        s.classList.remove("picked");
      });
      filter.hidden = true;
      setPeriod(null);
    });
  }

  window.vegaEmbed(box, spec, {
    renderer: "svg", actions: false, ast: true, expr: window.vegaExpressionInterpreter
  }).then(function (result) {
    box.setAttribute("data-rendered", "true");
    result.view.addEventListener("click", function (event, item) {
      if (!item || !item.mark || item.mark.marktype !== "symbol") return;   // points only
      var d = item.datum;
      if (d && d.period !== undefined && d.period !== null) show(String(d.period));
    });
  }).catch(function (err) {
    box.classList.add("chart-error");
    box.textContent = "The chart could not be drawn: " + err;
  });
})();
