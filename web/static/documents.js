// Ask before deleting a document (the forms still work without JavaScript).
(function () {
  "use strict";
  document.querySelectorAll("form.delete-form").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (!window.confirm(form.getAttribute("data-confirm") || "Delete this document?")) {
        event.preventDefault();
      }
    });
  });
})();
