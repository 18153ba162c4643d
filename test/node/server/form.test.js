import { expect } from 'chai';
import { count, manualClock, postForm, postJson, startServer } from './helpers.js';

/** The text of the first element matching a simple tag, e.g. `h1`. */
function textOf(page, tag) {
  return new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`).exec(page)?.[1].replace(/<[^>]+>/g, '').trim();
}

const FALLBACK_FORM = {
  type: 'complaint',
  details: 'The bin crew left rubbish in the road.',
  name: 'Ann Example',
  email: 'ann@example.org',
  preference: 'email',
  consent: 'true',
};

describe('POST /api/feedback from the plain no-JavaScript form', () => {
  let app;
  beforeEach(async () => {
    app = await startServer({ now: manualClock() });
  });
  afterEach(() => app.stop());

  it('answers an accessible HTML confirmation with the reference and the dates in words', async () => {
    const res = await postForm(`${app.url}/api/feedback`, FALLBACK_FORM);
    expect(res.status).to.equal(201);
    expect(res.headers.get('content-type')).to.equal('text/html; charset=utf-8');
    expect(res.headers.get('content-security-policy')).to.contain("default-src 'self'");
    const page = await res.text();
    expect(page).to.match(/^<!doctype html>\s*<html lang="en-GB">/);
    expect(textOf(page, 'title')).to.equal('Feedback sent');
    expect(textOf(page, 'h1')).to.equal('Feedback sent');
    expect(page).to.match(/Your reference is <strong>CEC-\d{4}-\d{4}<\/strong>/);
    expect(page).to.contain('We will acknowledge your complaint by <strong>Thursday 26 November 2026</strong>');
    expect(page).to.contain('You will get a full response by <strong>Monday 7 December 2026</strong>');
    expect(page).to.not.match(/<script|style=/);
  });

  it('files the same record the JSON route would, which the tracker then finds', async () => {
    const page = await (await postForm(`${app.url}/api/feedback`, FALLBACK_FORM)).text();
    const reference = /CEC-\d{4}-\d{4}/.exec(page)[0];
    const status = await (await postJson(`${app.url}/api/track`, { reference, verifier: 'ann@example.org' })).json();
    expect(status.status).to.equal('received');
    expect(status.service.name).to.equal('Customer feedback');
  });

  it('shows what was typed as text, never as markup', async () => {
    const res = await postForm(`${app.url}/api/feedback`, { ...FALLBACK_FORM, details: '<script>alert("hi")</script> & <img src=x onerror=alert(1)>' });
    const page = await res.text();
    expect(page).to.contain('&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(1)&gt;');
    expect(page).to.not.contain('<script');
    expect(page).to.not.contain('<img');
  });

  it('answers 422 with a page listing each problem and a link back to the form', async () => {
    const before = (await count(app.env));
    const res = await postForm(`${app.url}/api/feedback`, { type: 'complaint', details: '', email: '<b>bad</b>' }, { Referer: `${app.url}/partner.html` });
    expect(res.status).to.equal(422);
    const page = await res.text();
    expect(textOf(page, 'title')).to.equal('Error: there is a problem with your feedback');
    expect(textOf(page, 'h1')).to.equal('There is a problem');
    expect(page).to.contain('<li>Your feedback: Enter your feedback</li>');
    expect(page).to.contain('<li>Your name: Enter your name</li>');
    expect(page).to.contain('Email address: ');
    expect(page).to.contain(`<a href="${app.url}/partner.html">Go back to the form</a>`);
    expect(page).to.not.contain('<b>bad');
    expect((await count(app.env))).to.equal(before);
  });

  it('never links back to another site’s page (a foreign Referer)', async () => {
    const res = await postForm(`${app.url}/api/feedback`, { type: 'complaint' }, { Referer: 'https://evil.example/phish.html' });
    const page = await res.text();
    expect(page).to.contain('<a href="/">Go back to the form</a>');
    expect(page).to.not.contain('evil.example');
  });

  it('never links back to a page that is not a web address', async () => {
    const res = await postForm(`${app.url}/api/feedback`, { type: 'complaint' }, { Referer: 'javascript:alert(1)' });
    expect(await res.text()).to.contain('<a href="/">Go back to the form</a>');
  });

  it('accepts an anonymous suggestion (no contact details at all)', async () => {
    const res = await postForm(`${app.url}/api/feedback`, { type: 'suggestion', details: 'More benches in the park, please.', preference: 'email' });
    expect(res.status).to.equal(201);
    expect(await res.text()).to.contain('We will acknowledge your suggestion by');
  });

  it('files a double-clicked form once', async () => {
    const before = (await count(app.env));
    const first = await (await postForm(`${app.url}/api/feedback`, FALLBACK_FORM)).text();
    const second = await postForm(`${app.url}/api/feedback`, FALLBACK_FORM);
    expect(second.headers.get('idempotent-replayed')).to.equal('true');
    expect(/CEC-\d{4}-\d{4}/.exec(await second.text())[0]).to.equal(/CEC-\d{4}-\d{4}/.exec(first)[0]);
    expect((await count(app.env))).to.equal(before + 1);
  });

  it('answers failures that are not the form’s fault as HTML too', async () => {
    const limited = await startServer({ now: manualClock(), rateLimit: { capacity: 1, perMinute: 1 } });
    try {
      await postForm(`${limited.url}/api/feedback`, FALLBACK_FORM);
      const res = await postForm(`${limited.url}/api/feedback`, { ...FALLBACK_FORM, details: 'again' });
      expect(res.status).to.equal(429);
      expect(res.headers.get('content-type')).to.equal('text/html; charset=utf-8');
      expect(textOf(await res.text(), 'h1')).to.equal('Too many attempts');
    } finally {
      await limited.stop();
    }
  });
});
