
"use strict";
(function () {
  // Ties each statement to its speaker, cue, hedges and details card (elements sharing a data-for id),
  // and opens a card from the article.  The page reads in full without this script; it only adds the links.
  var doc = document;

  function related(sid) {
    return doc.querySelectorAll('[data-for~="' + sid + '"]');
  }
  function light(owner, on) {
    if (!owner) return;
    owner.getAttribute("data-for").split(" ").forEach(function (sid) {
      related(sid).forEach(function (el) { el.classList.toggle("lit", on); });
    });
  }
  function setOpen(sid, open) {
    var toggle = doc.getElementById("toggle-" + sid);
    var body = doc.getElementById("body-" + sid);
    if (!toggle || !body) return;
    body.hidden = !open;
    toggle.setAttribute("aria-expanded", String(open));
    var tag = doc.getElementById("tag-" + sid);
    if (tag) tag.setAttribute("aria-expanded", String(open));
  }
  function reveal(sid) {
    var card = doc.getElementById("card-" + sid);
    if (!card) return;
    setOpen(sid, true);
    doc.querySelectorAll(".card.current").forEach(function (el) { el.classList.remove("current"); });
    card.classList.add("current");
    card.scrollIntoView({ block: "nearest" });
  }

  doc.addEventListener("click", function (event) {
    var target = event.target;
    if (!(target instanceof Element)) return;
    var all = target.closest("[data-all]");
    if (all) {
      var open = all.getAttribute("data-all") === "open";
      doc.querySelectorAll("[data-toggle]").forEach(function (el) { setOpen(el.getAttribute("data-toggle"), open); });
      return;
    }
    var toggle = target.closest("[data-toggle]");
    if (toggle) {
      setOpen(toggle.getAttribute("data-toggle"), toggle.getAttribute("aria-expanded") !== "true");
      return;
    }
    var back = target.closest("[data-back]");
    if (back) {
      var tag = doc.getElementById("tag-" + back.getAttribute("data-back"));
      if (tag) {
        event.preventDefault();
        tag.scrollIntoView({ block: "center" });
        tag.focus({ preventScroll: true });
      }
      return;
    }
    var opener = target.closest("[data-open]");
    if (opener) {
      event.preventDefault();
      reveal(opener.getAttribute("data-open"));
      return;
    }
    var statement = target.closest("#article .st");
    if (statement) reveal(statement.getAttribute("data-for"));
  });

  // Escape inside an open card closes it and puts the focus back on the statement's badge in the text.
  doc.addEventListener("keydown", function (event) {
    if (event.key !== "Escape" || !(event.target instanceof Element)) return;
    var card = event.target.closest(".card");
    if (!card) return;
    var sid = card.getAttribute("data-for");
    setOpen(sid, false);
    var tag = doc.getElementById("tag-" + sid);
    if (tag) tag.focus();
  });

  ["mouseover", "focusin"].forEach(function (type) {
    doc.addEventListener(type, function (event) {
      if (event.target instanceof Element) light(event.target.closest("[data-for]"), true);
    });
  });
  ["mouseout", "focusout"].forEach(function (type) {
    doc.addEventListener(type, function (event) {
      if (event.target instanceof Element) light(event.target.closest("[data-for]"), false);
    });
  });
})();
