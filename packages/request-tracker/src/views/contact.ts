/**
 * Who to contact about a request, and the lines that give their phone and
 * email. The team the server names wins, then the service's team in the
 * charter; failing both, the council's own phone and email from the charter,
 * so a resident always has a way to reach a person.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Charter, LocalText } from '@cx-kit/core';
import { groupPhone, msg, telHref } from '@cx-kit/core/element';
import type { TrackedRequest, TrackerTeam } from '../tracked-request.js';
import { councilChannels } from './council-channels.js';

/** A name as the charter gives it (marked with its language when shown), or the server's. */
export type Contact = Omit<TrackerTeam, 'name'> & { name: LocalText; general?: boolean; fromCharter?: boolean };

/** The council's own phone and email, from the charter's channels. */
export function councilContact(charter: Charter, name?: string): Contact {
  return { name: name ?? charter.organisation.name, ...councilChannels(charter), general: true, fromCharter: true };
}

/** Who is dealing with a request and how to reach them. */
export function contactFor(request: TrackedRequest, charter: Charter): Contact {
  if (request.team) return request.team;
  const service = request.service?.id ? charter.services.find((s) => s.id === request.service!.id) : undefined;
  if (service?.team) return { name: service.team.name, phone: service.team.phone, email: service.team.email, fromCharter: true };
  return councilContact(charter, request.agency);
}

/** "Phone: 01632 960000", "Email: …" as links. */
export function contactLines(contact: Pick<TrackerTeam, 'phone' | 'email'>): TemplateResult | typeof nothing {
  if (!contact.phone && !contact.email) return nothing;
  return html`<ul class="cx-contact">
    ${contact.phone ? html`<li>${msg('Phone:')} <a href=${telHref(contact.phone)} dir="ltr">${groupPhone(contact.phone)}</a></li>` : nothing}
    ${contact.email ? html`<li>${msg('Email:')} <a href="mailto:${contact.email}" dir="ltr">${contact.email}</a></li>` : nothing}
  </ul>`;
}
