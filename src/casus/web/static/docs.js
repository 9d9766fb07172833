// The API docs: Swagger UI from the package's own copy (static/vendor, vendored by scripts/setup.sh from
// npm's swagger-ui-dist), started here rather than by an inline script, so the page keeps the server's
// Content-Security-Policy. No third-party host: no CDN, no validator badge.
"use strict";

if (typeof SwaggerUIBundle === "undefined") {
  document.getElementById("docs-status").textContent =
    "The API documentation viewer (Swagger UI) is not installed here: run scripts/setup.sh with npm. " +
    "The OpenAPI schema is at /openapi.json.";
  document.body.dataset.ready = "missing";
} else {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    layout: "BaseLayout",
    presets: [SwaggerUIBundle.presets.apis],
    deepLinking: true,
    validatorUrl: null,
    onComplete: () => { document.body.dataset.ready = "yes"; },
  });
}
