// Citations: clicking or focusing a numbered citation opens the source sentences of its brief
// sentence side by side and marks the one chosen. Without JS the links still jump to the
// sources (CSS :target). Nothing here builds HTML from data: it only toggles classes.
(function () {
  "use strict";
  function openEvidence(link) {
    var id = link.getAttribute("data-ev");
    var box = id && document.getElementById(id);
    if (!box) return;
    document.querySelectorAll(".evidence.open").forEach(function (other) {
      if (other !== box) other.classList.remove("open");
    });
    document.querySelectorAll("a.cite[aria-expanded='true']").forEach(function (a) {
      if (a !== link) a.setAttribute("aria-expanded", "false");
    });
    box.classList.add("open");
    link.setAttribute("aria-expanded", "true");
    var card = link.getAttribute("data-card");
    box.querySelectorAll(".card-slot").forEach(function (slot) {
      slot.classList.toggle("current", slot.getAttribute("data-card") === card);
    });
  }
  document.addEventListener("click", function (ev) {
    var link = ev.target.closest && ev.target.closest("a.cite");
    if (!link) return;
    ev.preventDefault();
    openEvidence(link);
  });
  document.addEventListener("focusin", function (ev) {
    var t = ev.target;
    if (t && t.matches && t.matches("a.cite")) openEvidence(t);
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape") return;
    document.querySelectorAll(".evidence.open").forEach(function (b) { b.classList.remove("open"); });
    document.querySelectorAll("a.cite[aria-expanded='true']").forEach(function (a) { a.setAttribute("aria-expanded", "false"); });
  });
  // an article opened at a citation scrolls its highlighted span into view
  var hl = document.getElementById("hl");
  if (hl) hl.scrollIntoView({ block: "center" });
})();
