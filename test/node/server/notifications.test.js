// Residents kept informed (issue 14): each move on the admin page queues a
// message in the same transaction; email goes to the resident in their own
// language through SMTP (here an in-process sink), retried with back-off when
// the relay is down, never sent twice; phone and post become officers' tasks.
import { expect } from 'chai';
import { startMailSink } from '../../../demo/server/mail-sink.js';
import { complaint, manualClock, postJson, signInOfficer, startServer } from './helpers.js';

describe('residents kept informed', function () {
  this.timeout(30_000);
  let sink;
  let app;
  let clock;
  let officer;
  beforeEach(async () => {
    sink = await startMailSink();
    clock = manualClock();
    app = await startServer({ now: clock, mail: { smtpUrl: sink.url, retryBaseMs: 60_000, maxAttempts: 3 }, outboxWorker: false, publicUrl: 'https://council.example' });
    officer = await signInOfficer(app.url, app.env);
  });
  afterEach(async () => {
    await app.stop();
    await sink.close();
  });

  const fileComplaint = async (changes) => (await (await postJson(`${app.url}/api/feedback`, complaint(changes))).json()).reference;
  const moveThrough = async (reference, statuses) => {
    for (const status of statuses) expect((await officer.post(`/admin/records/${reference}`, { status })).status, status).to.equal(303);
  };
  const STEPS = ['acknowledged', 'in-progress', 'awaiting-information', 'in-progress', 'answered', 'escalated'];

  it('emails an English-speaking resident at each status, with the reference, what happened, what next and the tracker link', async () => {
    const reference = await fileComplaint({ contact: { name: 'Ann Example', preference: 'email', email: 'ann@example.org' } });
    await moveThrough(reference, STEPS);
    await app.env.outboxWorker.tick();
    const mail = await sink.waitFor(STEPS.length);
    expect(mail).to.have.length(STEPS.length);
    for (const message of mail) {
      expect(message.to).to.contain('ann@example.org');
      expect(message.subject).to.equal(`Your request ${reference}: an update`);
      expect(message.text).to.contain(`Your reference: ${reference}`);
      expect(message.text).to.contain('Check on your request: https://council.example/');
      expect(message.headers['content-language']).to.equal('en');
    }
    expect(mail[0].text).to.contain('We have acknowledged your request and passed it to the team that will deal with it.');
    expect(mail[0].text).to.contain('What happens next: we will send you our full response by Monday 7 December 2026.');
    expect(mail[1].text).to.contain('The team is looking into your request.');
    expect(mail[2].text).to.contain('We need more information from you');
    expect(mail[4].text).to.contain('We have sent you our full response.');
    expect(mail[4].text).to.contain('you can ask for a review (stage 2)');
    expect(mail[5].text).to.contain('Your complaint is being reviewed by a second officer (stage 2).');
    expect(mail[5].text).to.contain('by Monday 21 December 2026');
  });

  it('emails a Polish-speaking resident in Polish', async () => {
    const reference = await fileComplaint({ locale: 'pl', contact: { name: 'Anna Przykład', preference: 'email', email: 'anna@example.org' } });
    await moveThrough(reference, STEPS);
    await app.env.outboxWorker.tick();
    const mail = await sink.waitFor(STEPS.length);
    expect(mail.map((m) => m.headers['content-language'])).to.deep.equal(STEPS.map(() => 'pl'));
    expect(mail[0].subject).to.equal(`Twoje zgłoszenie ${reference}: aktualizacja`);
    expect(mail[0].text).to.contain('Potwierdziliśmy przyjęcie Twojego zgłoszenia');
    expect(mail[0].text).to.contain('Co dalej: wyślemy Ci pełną odpowiedź do dnia poniedziałek, 7 grudnia 2026');
    expect(mail[0].text).to.contain(`Twój numer referencyjny: ${reference}`);
    expect(mail[4].text).to.contain('Wysłaliśmy Ci naszą pełną odpowiedź.');
    expect(mail[5].text).to.contain('Twoją skargę rozpatruje drugi urzędnik (etap 2).');
  });

  it('writes down the automatic acknowledgement once due, and emails it once', async () => {
    const reference = await fileComplaint();
    clock.advance(4 * 60_000);
    await app.env.outboxWorker.tick();
    await app.env.outboxWorker.tick();
    const mail = await sink.waitFor(1);
    expect(mail).to.have.length(1);
    expect(mail[0].text).to.contain('We have acknowledged your request');
    const record = await app.env.store.get(reference);
    expect(record.events.map((e) => e.status)).to.deep.equal(['received', 'acknowledged']);
  });

  it('makes phone and post preferences tasks with the text to use, shown in the Outbox until done', async () => {
    const byPhone = await fileComplaint({ contact: { name: 'Pat Phone', preference: 'phone', phone: '01632 960001' } });
    await moveThrough(byPhone, ['acknowledged']);
    await moveThrough('CEC-100002', ['in-progress']); // the seeded complaint that asked for post
    await app.env.outboxWorker.tick();
    expect(sink.messages).to.have.length(0);
    const page = await (await officer.get('/admin/outbox')).text();
    // Two from these moves, and a letter to the seeded overdue complaint (CEC-100007, by post) saying it is late.
    expect(page).to.contain('3 calls and letters to do');
    expect(page).to.contain('We have not met the date we promised for your request. We are sorry.');
    expect(page).to.contain('Call the resident and tell them (en):');
    expect(page).to.contain('Send a letter to the resident (en):');
    expect(page).to.contain('01632 960001');
    const [task] = (await app.env.outbox.list()).filter((row) => row.reference === byPhone);
    expect((await officer.post(`/admin/outbox/${task.id}/done`)).status).to.equal(303);
    expect(await (await officer.get('/admin/outbox')).text()).to.contain('2 calls and letters to do');
  });

  it('keeps mail in the outbox while the relay is down, retries with back-off, sends it once when it is back, and shows what failed', async () => {
    const reference = await fileComplaint();
    sink.down();
    await moveThrough(reference, ['acknowledged']);
    await app.env.outboxWorker.tick();
    const latest = async () => (await app.env.outbox.list()).find((r) => r.reference === reference);
    let row = await latest();
    expect(row).to.include({ state: 'pending' });
    expect(Number(row.attempts)).to.equal(1);
    expect(row.last_error).to.be.a('string');
    // Not yet due again: nothing is tried.
    await app.env.outboxWorker.tick();
    row = await latest();
    expect(Number(row.attempts)).to.equal(1);
    sink.up();
    clock.advance(61_000);
    await app.env.outboxWorker.tick();
    await app.env.outboxWorker.tick();
    expect(await sink.waitFor(1)).to.have.length(1);
    row = await latest();
    expect(row.state).to.equal('sent');

    // Down for good: after its last try it is shown as failed.
    sink.down();
    await moveThrough(reference, ['in-progress']);
    for (let i = 0; i < 3; i++) {
      await app.env.outboxWorker.tick();
      clock.advance(10 * 60_000);
    }
    row = await latest();
    expect(row.state).to.equal('failed');
    expect(await (await officer.get('/admin/outbox')).text()).to.contain('1 emails that could not be sent');
    expect(await (await officer.get('/admin')).text()).to.contain('1 emails that could not be sent');
    expect(sink.messages).to.have.length(1);
  });

  it('never sends a message twice, even with two workers at it at once', async () => {
    const reference = await fileComplaint();
    await moveThrough(reference, ['acknowledged', 'in-progress', 'answered']);
    await Promise.all([app.env.outboxWorker.tick(), app.env.outboxWorker.tick(), app.env.outboxWorker.tick()]);
    const other = (await import('../../../demo/server/notifications.js')).createOutboxWorker(app.env, { transport: (await import('nodemailer')).default.createTransport(sink.url) });
    await Promise.all([other.tick(), app.env.outboxWorker.tick()]);
    // Every tick has finished, and each send finished before its tick did: what arrived is all there is.
    expect(sink.messages).to.have.length(3);
    expect(new Set(sink.messages.map((m) => m.headers['message-id'])).size).to.equal(3);
  });
});
