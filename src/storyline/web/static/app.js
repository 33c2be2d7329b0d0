// Opens an article at a cited span: /articles/ID#c{start}-{end} highlights characters [start, end) of the body.
// Every text span in #article-body carries data-s, its offset in the clean body, so any range can be marked.
(function () {
  "use strict";

  function clearMarks(body) {
    body.querySelectorAll("mark.cited").forEach(function (mark) {
      var parent = mark.parentNode;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    });
  }

  function highlight() {
    var body = document.getElementById("article-body");
    if (!body) return;
    clearMarks(body);
    var m = /^#c(\d+)-(\d+)$/.exec(window.location.hash);
    if (!m) return;
    var start = parseInt(m[1], 10), end = parseInt(m[2], 10);
    if (!(end > start)) return;
    var first = null;
    body.querySelectorAll("[data-s]").forEach(function (span) {
      var node = span.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) return;
      var s = parseInt(span.getAttribute("data-s"), 10), e = s + node.length;
      var a = Math.max(start, s), b = Math.min(end, e);
      if (a >= b) return;
      var range = document.createRange();
      range.setStart(node, a - s);
      range.setEnd(node, b - s);
      var mark = document.createElement("mark");
      mark.className = "cited";
      range.surroundContents(mark);
      if (!first) first = mark;
    });
    if (first) {
      first.setAttribute("tabindex", "-1");
      first.scrollIntoView({ block: "center" });
      first.focus({ preventScroll: true });
    }
  }

  function focusCited() {
    // The browser's own fragment handling runs after DOMContentLoaded; focus the span once it is done,
    // so keyboard and screen-reader users start reading at the cited text.
    var first = document.querySelector("#article-body mark.cited");
    if (first && document.activeElement !== first) {
      first.scrollIntoView({ block: "center" });
      first.focus({ preventScroll: true });
    }
  }

  document.addEventListener("DOMContentLoaded", highlight);
  window.addEventListener("load", function () { window.setTimeout(focusCited, 0); });
  window.addEventListener("hashchange", highlight);
})();
