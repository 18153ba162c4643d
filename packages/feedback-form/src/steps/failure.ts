/**
 * What the resident is told when their feedback could not be sent: the truth
 * about why (offline, the council's service unreachable or refusing this page,
 * the service down, an answer without a reference), that nothing is lost, and
 * always a working phone number and email address from the charter, never
 * "contact us another way" alone.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@cx-kit/core/element';
import type { Charter } from '@cx-kit/core';
import { groupPhone, telHref } from '@cx-kit/core/element';
import type { Failure } from '../submission-controller.js';
import type { LaterView } from './view.js';

/** The council's main phone number and email address, from its charter's channels. */
export function councilContacts(charter: Charter): { phone?: string; email?: string } {
  return {
    phone: charter.channels.find((c) => c.kind === 'phone' && c.phone)?.phone,
    email: charter.channels.find((c) => c.kind === 'email' && c.email)?.email,
  };
}

/** "You can also phone us on … or email …", with working links. */
export function otherWays(charter: Charter): TemplateResult {
  const { phone, email } = councilContacts(charter);
  return html`${charter.exampleContacts
      ? html`<p class="cx-example-note"><strong>${msg('Example details:')}</strong> ${msg('this council has not set its own yet.')}</p>`
      : nothing}
    <p>${msg('You can also contact us:')}</p>
    <ul class="cx-list">
      ${phone ? html`<li>${msg('Phone')}: <a href=${telHref(phone)} dir="ltr">${groupPhone(phone)}</a></li>` : nothing}
      ${email ? html`<li>${msg('Email')}: <a href="mailto:${email}" dir="ltr">${email}</a></li>` : nothing}
      <li><a href=${charter.organisation.website}>${msg('Other ways to contact us on our website')}</a></li>
    </ul>`;
}

function why(failure: Exclude<Failure, { kind: 'preview' }>): TemplateResult {
  switch (failure.kind) {
    case 'offline':
      return html`<p>${msg('Your device is not connected to the internet. We will try again by ourselves when your connection comes back.')}</p>`;
    case 'unreachable':
      return html`<p>${failure.timeout
        ? msg('Our system did not answer in time. Your internet connection is working; the problem is at our end. Try again: it will not be sent twice.')
        : msg('We could not reach our system from this page. Your internet connection is working; the problem is at our end.')}</p>`;
    case 'refused':
      return html`<p>${msg('Our system does not accept feedback sent from this page. This is a problem with how the page is set up, not with anything you wrote.')}</p>`;
    case 'server':
      return html`<p>${msg('Our system is not working at the moment. Try again in a few minutes.')}</p>`;
    case 'malformed':
      return html`<p>${msg('We did not get a reference back, so we cannot be sure your feedback arrived. Try again: it will not be sent twice.')}</p>`;
    case 'rejected':
      return html`${failure.message ? html`<p>${failure.message}</p>` : nothing}
        <p>${msg('Try again later.')}</p>`;
  }
}

export function failureNotice(view: LaterView): TemplateResult | typeof nothing {
  const { failure } = view.submission;
  if (!failure) return nothing;
  if (failure.kind === 'preview') {
    return html`<div class="cx-warning cx-failure" tabindex="-1" role="alert">
      <p>${msg('This form is a preview, so your feedback has not been sent.')}</p>
    </div>`;
  }
  return html`<div class="cx-failure" tabindex="-1" role="alert" aria-labelledby="failure-title">
    <h3 id="failure-title">${msg('We could not send your feedback')}</h3>
    <p>${msg('Nothing you wrote has been lost.')}</p>
    ${why(failure)}
    <p>
      <button type="button" class="cx-button cx-button--secondary" @click=${() => view.submission.send()}>${msg('Try again')}</button>
    </p>
    ${otherWays(view.charter)}
  </div>`;
}
