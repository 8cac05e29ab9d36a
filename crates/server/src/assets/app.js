// sitrep dashboard: the only script. Shows an element's data-tip (what was extracted, and
// for event triggers the code, rule and sources) in a box that follows the pointer, so the
// long explanations do not wait for the browser's slow native tooltip.
(function () {
  "use strict";
  var tip = document.getElementById("tip");
  if (!tip) return;
  function show(el, x, y) {
    tip.textContent = el.getAttribute("data-tip");
    tip.hidden = false;
    tip.style.left = Math.min(x + 14, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8) + "px";
    tip.style.top = (y + 18) + "px";
  }
  document.addEventListener("mouseover", function (ev) {
    var el = ev.target.closest ? ev.target.closest("[data-tip]") : null;
    if (el && el.getAttribute("data-tip")) show(el, ev.pageX, ev.pageY); else tip.hidden = true;
  });
  document.addEventListener("mousemove", function (ev) {
    if (!tip.hidden) { tip.style.left = (ev.pageX + 14) + "px"; tip.style.top = (ev.pageY + 18) + "px"; }
  });
  // Keyboard users: focusing a trigger shows its explanation too.
  document.addEventListener("focusin", function (ev) {
    var el = ev.target.closest ? ev.target.closest("[data-tip]") : null;
    if (el) { var r = el.getBoundingClientRect(); show(el, r.left + window.scrollX, r.bottom + window.scrollY - 10); }
  });
  document.addEventListener("focusout", function () { tip.hidden = true; });
})();
