// The no-JavaScript tracker (issue 15): a plain form posts reference and
// verifier form-encoded to POST /api/track and gets an HTML status page,
// under the same verifier rule as the JSON API.
import { expect } from 'chai';
import { manualClock, postForm, startServer } from './helpers.js';

describe('POST /api/track from a plain form', () => {
  let app;
  beforeEach(async () => {
    app = await startServer({ now: manualClock() });
  });
  afterEach(() => app.stop());

  it('answers an HTML page with the status, dates and history', async () => {
    const res = await postForm(`${app.url}/api/track`, { reference: 'CEC-100005', verifier: 'answered@example.org' });
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.equal('text/html; charset=utf-8');
    const page = await res.text();
    expect(page).to.contain('<h1>Request CEC-100005</h1>');
    expect(page).to.contain('<strong>Answered</strong> (stage 1)');
    expect(page).to.contain('We sent you our full response.');
    expect(page).to.match(/We will respond by<\/dt><dd>\w+day \d+ \w+ \d{4}<\/dd>/);
  });

  it('gives the same not-found page for a wrong verifier as for an unknown reference', async () => {
    const wrong = await postForm(`${app.url}/api/track`, { reference: 'CEC-100005', verifier: 'someone@example.org' });
    const unknown = await postForm(`${app.url}/api/track`, { reference: 'CEC-999999', verifier: 'answered@example.org' });
    expect(wrong.status).to.equal(404);
    expect(unknown.status).to.equal(404);
    expect(await wrong.text()).to.equal(await unknown.text());
  });

  it('lists what is missing', async () => {
    const res = await postForm(`${app.url}/api/track`, { reference: '', verifier: '' });
    expect(res.status).to.equal(422);
    expect(await res.text()).to.contain('There is a problem');
  });

  it('shows both stages of a reviewed complaint as one timeline', async () => {
    const page = await (await postForm(`${app.url}/api/track`, { reference: 'CEC-100008', verifier: 'escalated@example.org' })).text();
    expect(page).to.contain('<h2>Both stages of your complaint</h2>');
    expect(page).to.match(/<li>Stage 1: from [^<]+, response due by [^<]+, answered [^<]+<\/li>/);
    expect(page).to.match(/<li>Stage 2 \(review\): from [^<]+, response due by [^<]+<\/li>/);
    expect(page).to.contain('(stage 2): You asked for a review by a second officer (stage 2).');
  });
});
