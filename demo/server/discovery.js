// GeoReport v2 service discovery: "The service discovery document is
// required" (wiki.open311.org/Service_Discovery). Served beside v2/ as
// discovery.json and discovery.xml, listing this endpoint, the
// specification it follows, its formats and whom to contact.
import { core } from './core.js';
import { json, xml } from './respond.js';
import { escapeXml } from './xml.js';
import { ownOrigin } from './hosts.js';

const SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';

/** The discovery document for a server reached at `origin`. */
export function discoveryDocument(charter, origin, changed) {
  const email = charter.channels.find((c) => c.kind === 'email' && c.email)?.email;
  const phone = charter.channels.find((c) => c.kind === 'phone' && c.phone)?.phone;
  const name = core.localText(charter.organisation.name, 'en');
  return {
    changeset: changed,
    contact: [name, email && `email ${email}`, phone && `phone ${phone}`].filter(Boolean).join(', '),
    key_service: `API keys are not needed: ${name} accepts reports without one.`,
    endpoints: [
      {
        specification: SPECIFICATION,
        url: `${origin}/api/open311/v2`,
        changeset: changed,
        type: 'production',
        formats: ['application/json', 'text/xml'],
      },
    ],
  };
}

function discoveryXml(doc) {
  const endpoint = (e) =>
    `<endpoint><specification>${escapeXml(e.specification)}</specification><url>${escapeXml(e.url)}</url><changeset>${escapeXml(e.changeset)}</changeset><type>${e.type}</type><formats>${e.formats.map((f) => `<format>${f}</format>`).join('')}</formats></endpoint>`;
  return `<?xml version="1.0" encoding="utf-8"?>\n<discovery><changeset>${escapeXml(doc.changeset)}</changeset><contact>${escapeXml(doc.contact)}</contact><key_service>${escapeXml(doc.key_service)}</key_service><endpoints>${doc.endpoints.map(endpoint).join('')}</endpoints></discovery>`;
}

/** The date this server's Open311 interface last changed (the standard's `changeset`). */
const CHANGED = '2026-12-02T00:00:00Z';

/** GET /api/open311/discovery.{json,xml} */
export function getDiscovery(ctx) {
  const doc = discoveryDocument(ctx.env.charter, ownOrigin(ctx.req), CHANGED);
  return ctx.params.format === 'xml' ? xml(200, discoveryXml(doc)) : json(200, doc);
}
