// Plain HTML pages for residents without JavaScript: every value escaped,
// no inline script or style (the CSP forbids both), the site's stylesheet.

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe anywhere in HTML: element content or a quoted attribute. */
export function escapeHtml(value) {
  return String(value ?? '').replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

/**
 * A tagged template that escapes every interpolated value, unless it is
 * already HTML made by this tag (`raw`). Arrays are joined.
 */
export function html(strings, ...values) {
  let out = strings[0];
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1];
  });
  return new SafeHtml(out);
}

class SafeHtml {
  constructor(text) {
    this.text = text;
  }
  toString() {
    return this.text;
  }
}

function render(value) {
  if (value instanceof SafeHtml) return value.text;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === undefined || value === null || value === false) return '';
  return escapeHtml(value);
}

/**
 * A whole page: title, the demo's stylesheets, a skip link and `main`. The
 * server's pages are written in British English, so they say so.
 * @param {{ title: string, body: SafeHtml, header?: SafeHtml }} page
 */
export function page({ title, body, header = '' }) {
  return html`<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>${title}</title>
    <link rel="stylesheet" href="/assets/site.css">
    <link rel="stylesheet" href="/server-assets/pages.css">
    <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
  </head>
  <body>
    <a class="skip" href="#main">Skip to main content</a>
    ${header}
    <main id="main" class="wrap">
${body}
    </main>
  </body>
</html>
`.text;
}
