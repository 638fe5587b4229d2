/* global window, document */
// Old Office (2016/2019 volume licence, Windows 7/8.1) shows task panes in Internet Explorer 11,
// where React 18 and Fluent UI v9 cannot run. taskpane.html loads this ES5 script first, as a plain
// (not deferred) script, so it runs while the page is still being parsed: there it replaces the page
// with a plain message, and <plaintext> turns the rest of the page (office.js and the bundles that
// webpack injects) into inert text, so the bundles are never even requested.
//
// A file, not an inline <script>: the pane's Content-Security-Policy allows no inline script.
// webpack copies it to the output as it is (never bundled: it must stay ES5).
(function () {
  var ua = window.navigator.userAgent;
  if (ua.indexOf("Trident/") === -1 && ua.indexOf("MSIE ") === -1) return;
  // Built as text nodes (no HTML strings), in ES5 for IE11.
  function add(parent, tag, css, text) {
    var el = document.createElement(tag);
    el.style.cssText = css;
    if (text) el.appendChild(document.createTextNode(text));
    parent.appendChild(el);
    return el;
  }
  window.__irdUnsupported = true;
  window.onload = function () {
    var body = document.body;
    while (body.firstChild) body.removeChild(body.firstChild);
    var box = add(body, "div", "font-family: Segoe UI, sans-serif; font-size: 14px; line-height: 1.4; padding: 12px;");
    add(box, "h1", "font-size: 18px; font-weight: 600; margin: 0 0 8px;", "A newer version of Office is needed");
    add(box, "p", "", "Inspection Response Drafter cannot run in this version of Office, which shows add-ins with Internet Explorer.");
    add(box, "p", "", "Use Word from Microsoft 365 or Office 2021 or later (Windows or Mac), or Word on the web in a current browser. Your IT team can tell you which version you have.");
  };
  document.write('<plaintext style="display:none">');
})();
