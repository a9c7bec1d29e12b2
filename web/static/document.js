// Bring the cited sentence into view and give it focus, so keyboard and screen-reader users land on it.
(function () {
  "use strict";
  var mark = document.getElementById("cite");
  if (!mark) { return; }
  mark.scrollIntoView({ block: "center" });
  mark.focus({ preventScroll: true });
})();
