/* Article page: click a highlighted span (or a card) to select its record.
   Record data is never parsed here: the cards are server-rendered (escaped by Jinja);
   this only toggles classes and clones nodes. */
(function () {
  "use strict";
  var text = document.getElementById("text");
  var panel = document.getElementById("panel");
  var selected = document.getElementById("selected");
  if (!text || !panel || !selected) return;
  var KINDS = { a: "actor", q: "quote", e: "event", w: "warning", b: "boilerplate" };

  function hasId(el, id) {
    return (el.getAttribute("data-id") || "").split(" ").indexOf(id) >= 0;
  }

  function clear() {
    document.querySelectorAll("#text .active").forEach(function (el) { el.classList.remove("active"); });
    document.querySelectorAll(".card.selected").forEach(function (el) { el.classList.remove("selected"); });
    while (selected.firstChild) selected.removeChild(selected.firstChild);
  }

  function select(kind, ids, scrollText) {
    clear();
    var first = null;
    ids.forEach(function (id) {
      text.querySelectorAll('[data-kind="' + kind + '"]').forEach(function (el) {
        if (hasId(el, id)) {
          el.classList.add("active");
          if (!first) first = el;
        }
      });
      var card = document.getElementById("card-" + kind + "-" + id);
      if (card) {
        card.classList.add("selected");
        var group = card.closest("details");
        if (group) group.open = true;
        var copy = card.cloneNode(true);
        copy.removeAttribute("id");
        copy.classList.remove("selected");
        copy.classList.add("copy");
        selected.appendChild(copy);
      }
    });
    if (scrollText && first) first.scrollIntoView({ block: "center", behavior: "smooth" });
    if (ids.length) history.replaceState(null, "", "#" + ids[0]);
  }

  text.addEventListener("click", function (ev) {
    var el = ev.target.closest("[data-kind]");
    if (!el || !text.contains(el)) return;
    select(el.getAttribute("data-kind"), el.getAttribute("data-id").split(" "), false);
  });

  panel.addEventListener("click", function (ev) {
    if (ev.target.closest("a")) return;           // links navigate
    var card = ev.target.closest(".card[data-kind]");
    if (card) select(card.getAttribute("data-kind"), [card.getAttribute("data-id")], true);
  });

  document.querySelectorAll("a.jump[data-kind]").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      select(a.getAttribute("data-kind"), [a.getAttribute("data-id")], true);
    });
  });

  document.querySelectorAll("#toolbar input[data-layer]").forEach(function (box) {
    box.addEventListener("change", function () {
      text.classList.toggle("hide-" + box.getAttribute("data-layer"), !box.checked);
    });
  });

  var hash = decodeURIComponent(location.hash.slice(1));
  if (hash && KINDS[hash.charAt(0)]) select(KINDS[hash.charAt(0)], [hash], true);
})();
