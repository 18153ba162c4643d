import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { ChannelSelectDetail } from '../src/index.js';
import { channel, charterCopy, root, show, stateOf, textOf } from './helpers.js';

// Default charter: phones Monday to Thursday 8:30am to 5pm, Friday to 4:30pm;
// customer service points 9am to 4:30pm (Friday 4pm); emergency line always.
const MONDAY_MORNING = '2026-06-01T09:00:00Z'; // 10am BST

describe('<cx-contact-options service>: the ways to reach a service', () => {
  it('lists the service’s channels in the charter’s order, online first with the reason, said once', async () => {
    const el = await show(html`<cx-contact-options service="waste-collection" now=${MONDAY_MORNING}></cx-contact-options>`);
    expect(textOf(root(el).querySelector('h2'))).to.equal('Bin collections');
    const ids = [...root(el).querySelectorAll('.cx-channel')].map((li) => li.getAttribute('data-channel'));
    expect(ids).to.deep.equal(['online', 'phone', 'email', 'emergency']);
    expect(textOf(root(el)).match(/fastest way/gi), 'the reason said once').to.have.length(1);
    await expect(el).to.be.accessible();
  });

  it('puts online first even when the charter lists it later', async () => {
    const charter = charterCopy();
    charter.services[0].channels = ['phone', 'email', 'online'];
    const el = await show(html`<cx-contact-options service="waste-collection" now=${MONDAY_MORNING} .charter=${charter}></cx-contact-options>`);
    const ids = [...root(el).querySelectorAll('.cx-channel')].map((li) => li.getAttribute('data-channel'));
    expect(ids).to.deep.equal(['online', 'phone', 'email', 'emergency']);
  });

  it('shows each kind of channel with how to use it', async () => {
    const charter = charterCopy();
    charter.channels.push({ id: 'chat', kind: 'webchat', label: 'Web chat', url: 'https://chat.example.org/start', hours: { always: true } });
    charter.services.find((s) => s.id === 'council-tax-bill')!.channels.push('chat');
    const el = await show(html`<cx-contact-options service="council-tax-bill" now=${MONDAY_MORNING} .charter=${charter}></cx-contact-options>`);

    const online = channel(el, 'online')!.querySelector('a')!;
    expect(online.getAttribute('href')).to.equal('https://www.cheshireeast.gov.uk');
    expect(textOf(online)).to.equal('Council Tax bills on our website');
    expect(stateOf(el, 'online')).to.equal('Available at any time');

    const phone = channel(el, 'phone')!.querySelector('a')!;
    expect(phone.getAttribute('href')).to.equal('tel:+441632960000');
    expect(textOf(phone)).to.equal('Phone: 01632 960000');
    expect(textOf(channel(el, 'phone'))).to.contain('We aim to answer your call within two minutes.');

    const email = channel(el, 'email')!.querySelector('a')!;
    expect(email.getAttribute('href')).to.equal('mailto:customer.services@cheshireeast.example.org');

    const letter = channel(el, 'letter')!;
    expect(textOf(letter)).to.contain('Write to:');
    expect(textOf(letter.querySelector('address'))).to.contain('1 Example Street');
    expect(letter.querySelector('[part="state"]'), 'a letter is neither open nor closed').to.equal(null);

    const visit = channel(el, 'face-to-face')!;
    expect(textOf(visit)).to.contain('Visit:');
    expect(stateOf(el, 'face-to-face')).to.equal('Open now, closes at 4:30pm');

    const chat = channel(el, 'chat')!.querySelector('a')!;
    expect(textOf(chat)).to.equal('Start a web chat');
    expect(chat.getAttribute('href')).to.equal('https://chat.example.org/start');
    expect(stateOf(el, 'chat')).to.equal('Open 24 hours a day, every day');
    expect(stateOf(el, 'emergency'), 'beside office lines, the emergency line is for when they are closed').to.equal('For emergencies, when our offices are closed');
    await expect(el).to.be.accessible();
  });

  it('shows the opening times as people read them, and that bank holidays are closed', async () => {
    const el = await show(html`<cx-contact-options service="waste-collection" now=${MONDAY_MORNING}></cx-contact-options>`);
    const hours = [...channel(el, 'phone')!.querySelectorAll('[part="hours"] li')].map(textOf);
    expect(hours).to.deep.equal(['Monday to Thursday: 8:30am to 5pm', 'Friday: 8:30am to 4:30pm', 'Closed on bank holidays']);
    expect(textOf(channel(el, 'phone')!.querySelector('[part="hours"]'))).to.contain('UK time');
  });

  it('uses the service team’s own number and address where it has them', async () => {
    const el = await show(html`<cx-contact-options service="adults-social-care" now=${MONDAY_MORNING}></cx-contact-options>`);
    expect(textOf(channel(el, 'phone')!.querySelector('a'))).to.equal('Phone: 01632 960100');
    expect(channel(el, 'email')!.querySelector('a')!.getAttribute('href')).to.equal('mailto:adult.socialcare@cheshireeast.example.org');
  });

  it('links to other languages and formats', async () => {
    const el = await show(html`<cx-contact-options service="waste-collection" now=${MONDAY_MORNING}></cx-contact-options>`);
    const other = root(el).querySelector('[part="other-formats"]')!;
    expect(other.querySelector('a')!.getAttribute('href')).to.equal('https://cheshireeast.example.org/accessibility');
    expect(textOf(other)).to.contain('large print, Easy Read, British Sign Language');
  });

  it('fires cx-channel-select with the service and channel when a resident uses a channel', async () => {
    const el = await show(html`<cx-contact-options service="waste-collection" now=${MONDAY_MORNING}></cx-contact-options>`);
    // Cancel the navigation so the test page stays put: the event is cancelable for partners too.
    el.addEventListener('cx-channel-select', (event) => event.preventDefault(), { once: true });
    const selected = oneEvent(el, 'cx-channel-select');
    channel(el, 'phone')!.querySelector('a')!.click();
    const event = (await selected) as CustomEvent<ChannelSelectDetail>;
    expect(event.detail).to.deep.equal({ service: 'waste-collection', channel: 'phone' });
    expect(event.bubbles && event.composed).to.equal(true);
  });
});

describe('<cx-contact-options>: open or closed, in UK time', () => {
  const phoneAt = async (now: string, service = 'waste-collection') => {
    const el = await show(html`<cx-contact-options service=${service} now=${now}></cx-contact-options>`);
    return { el, phone: stateOf(el, 'phone') };
  };

  it('is open at 8:45am on the first Monday of summer time (7:45 UTC)', async () => {
    expect((await phoneAt('2026-03-30T07:45:00Z')).phone).to.equal('Open now, closes at 5pm');
  });

  it('is closing soon at 4:15pm on the last Friday before the spring change', async () => {
    const { el, phone } = await phoneAt('2026-03-27T16:15:00Z');
    expect(phone).to.equal('Closing soon, closes at 4:30pm');
    await expect(el).to.be.accessible();
  });

  it('on the Sunday the clocks go forward, it opens tomorrow', async () => {
    expect((await phoneAt('2026-03-29T12:00:00Z')).phone).to.equal('Closed, opens tomorrow at 8:30am');
  });

  it('is closed at 5pm on the Saturday before the clocks go back, and opens Monday', async () => {
    expect((await phoneAt('2026-10-24T16:00:00Z')).phone).to.equal('Closed, opens Monday at 8:30am');
  });

  it('is closing soon at 4:45pm on the first Monday of winter time (16:45 UTC)', async () => {
    expect((await phoneAt('2026-10-26T16:45:00Z')).phone).to.equal('Closing soon, closes at 5pm');
  });

  it('is closed at 5:30pm BST on the Thursday before the change (16:30 UTC), opening at 8:30am tomorrow', async () => {
    expect((await phoneAt('2026-10-22T16:30:00Z')).phone).to.equal('Closed, opens tomorrow at 8:30am');
  });

  it('opens later today before the offices open', async () => {
    expect((await phoneAt('2026-06-01T06:00:00Z')).phone).to.equal('Closed, opens at 8:30am');
  });

  it('is closed on Christmas Day 2026, and opens after the Boxing Day substitute holiday', async () => {
    const { el, phone } = await phoneAt('2026-12-25T10:00:00Z');
    expect(phone).to.equal('Closed for Christmas Day, opens Tuesday at 8:30am');
    expect(stateOf(el, 'online')).to.equal('Available at any time');
    await expect(el).to.be.accessible();
  });

  it('is closed on a council closure day, naming it', async () => {
    const charter = charterCopy();
    charter.organisation.closures = [{ date: '2026-12-29', title: 'Christmas closure' }];
    const el = await show(html`<cx-contact-options service="waste-collection" now="2026-12-29T10:00:00Z" .charter=${charter}></cx-contact-options>`);
    expect(stateOf(el, 'phone')).to.equal('Closed for Christmas closure, opens tomorrow at 8:30am');
  });

  it('stays open on bank holidays when the charter says so', async () => {
    const charter = charterCopy();
    const phone = charter.channels.find((c) => c.id === 'phone')!;
    phone.hours = { ...phone.hours, weekly: { ...phone.hours!.weekly, friday: ['08:30-16:30'] }, openOnBankHolidays: true };
    const el = await show(html`<cx-contact-options service="waste-collection" now="2026-12-25T10:00:00Z" .charter=${charter}></cx-contact-options>`);
    expect(stateOf(el, 'phone')).to.equal('Open now, closes at 4:30pm');
    expect([...channel(el, 'phone')!.querySelectorAll('[part="hours"] li')].map(textOf)).to.not.include('Closed on bank holidays');
  });

  it('says the date when the next opening is more than a week away', async () => {
    const charter = charterCopy();
    charter.organisation.closures = ['2026-12-29', '2026-12-30', '2026-12-31'];
    const el = await show(html`<cx-contact-options service="waste-collection" now="2026-12-24T18:00:00Z" .charter=${charter}></cx-contact-options>`);
    expect(stateOf(el, 'phone')).to.equal('Closed, opens Monday 4 January at 8:30am');
  });
});

describe('<cx-contact-options>: the emergency line', () => {
  const first = (el: HTMLElement) => el.shadowRoot!.querySelector('.cx-contact-options > :first-child');

  it('stands first and stands out when the offices are closed', async () => {
    const el = await show(html`<cx-contact-options service="roads-and-potholes" now="2026-10-24T16:00:00Z"></cx-contact-options>`);
    const lead = first(el)!;
    expect(lead.getAttribute('part')).to.equal('emergency');
    expect(textOf(lead)).to.contain('Our offices are closed now. If it is an emergency, call: Emergencies out of hours: 01632 960999');
    expect(lead.querySelector('a')!.getAttribute('href')).to.equal('tel:+441632960999');
    expect(channel(el, 'emergency'), 'not listed twice').to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('is listed last, plainly, while the offices are open, even for a service that does not name it', async () => {
    const el = await show(html`<cx-contact-options service="waste-collection" now=${MONDAY_MORNING}></cx-contact-options>`);
    expect(root(el).querySelector('[part="emergency"]')).to.equal(null);
    const items = [...root(el).querySelectorAll('.cx-channel')];
    expect(items.at(-1)!.getAttribute('data-channel')).to.equal('emergency');
  });

  it('comes first when the offices are shut for a bank holiday', async () => {
    const el = await show(html`<cx-contact-options service="waste-collection" now="2026-12-25T10:00:00Z"></cx-contact-options>`);
    expect(first(el)!.getAttribute('part')).to.equal('emergency');
  });
});

describe('<cx-contact-options>: an editor’s mistakes', () => {
  it('an unknown service id fails with close matches, and residents see the fallback', async () => {
    const el = document.createElement('cx-contact-options');
    el.setAttribute('service', 'wast-collection');
    el.innerHTML = '<p>Call us on <a href="tel:01632960000">01632 960000</a>.</p>';
    const failed = oneEvent(el, 'cx-error');
    document.body.append(el);
    try {
      const event = (await failed) as CustomEvent<{ code: string; message: string; problems: { path: string; message: string }[] }>;
      expect(event.detail.code).to.equal('attribute-invalid');
      expect(event.detail.problems[0].path).to.equal('service');
      expect(event.detail.message).to.contain('service="wast-collection" is not a service in the charter. Did you mean "waste-collection"');
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(textOf(slot.assignedElements()[0])).to.contain('01632 960000');
      await expect(el).to.be.accessible();
    } finally {
      el.remove();
    }
  });

  it('shows editors the problem in debug mode, and recovers when the id is fixed', async () => {
    const el = await show(html`<cx-contact-options debug service="bins-and-rubbish"><p>Call 01632 960000</p></cx-contact-options>`);
    const panel = root(el).querySelector('[part="problems"]')!;
    expect(textOf(panel)).to.contain('service="bins-and-rubbish" is not a service in the charter');
    await expect(el).to.be.accessible();
    el.service = 'waste-collection';
    el.now = MONDAY_MORNING;
    await el.updateComplete;
    expect(root(el).querySelector('[part="problems"]')).to.equal(null);
    expect(textOf(root(el).querySelector('h2'))).to.equal('Bin collections');
  });

  it('reads now as every widget does: without a zone it is UK time', async () => {
    // 8:15 and 8:30 on London's clock (BST): the phones open at 8:30am.
    const early = await show(html`<cx-contact-options service="waste-collection" now="2026-06-01T08:15"></cx-contact-options>`);
    expect(stateOf(early, 'phone')).to.equal('Closed, opens at 8:30am');
    const open = await show(html`<cx-contact-options service="waste-collection" now="2026-06-01T08:30"></cx-contact-options>`);
    expect(stateOf(open, 'phone')).to.equal('Open now, closes at 5pm');
  });

  it('a now that is not an instant is a problem too', async () => {
    const el = await show(html`<cx-contact-options debug service="waste-collection" now="next Tuesday"><p>Fallback</p></cx-contact-options>`);
    expect(textOf(root(el).querySelector('[part="problems"]'))).to.contain('now="next Tuesday" is not an ISO 8601 date or time');
  });

  it('a now in a year the working-day calendar does not cover is a problem, not an error on the page', async () => {
    const el = await show(html`<cx-contact-options debug service="waste-collection" now="9999-12-31"><p>Fallback</p></cx-contact-options>`);
    expect(textOf(root(el).querySelector('[part="problems"]'))).to.contain('now="9999-12-31" is outside the years the working-day calendar covers (1970 to 2099)');
    expect(root(el).querySelector('slot')).to.not.equal(null);
  });
});

describe('<cx-contact-options>: right to left', () => {
  it('mirrors in an Urdu page, keeping phone numbers left to right', async () => {
    const wrapper = await show(html`<cx-contact-options service="waste-collection" now=${MONDAY_MORNING}></cx-contact-options>`);
    const page = document.createElement('div');
    page.lang = 'ur';
    page.dir = 'rtl';
    wrapper.before(page);
    page.append(wrapper);
    await waitUntil(() => root(wrapper).querySelector('[dir="rtl"]'), 'the widget did not follow the page’s direction', { timeout: 5000 });
    // The charter's Urdu words come in their own download, after the kit's: until then its text is English, marked so.
    await waitUntil(() => channel(wrapper, 'phone') && !channel(wrapper, 'phone')!.querySelector('[lang="en"]'), 'the charter’s Urdu never came', { timeout: 5000 });
    const phone = [...channel(wrapper, 'phone')!.querySelectorAll('a [dir]')].find((element) => textOf(element) === '01632 960000');
    expect(phone?.getAttribute('dir')).to.equal('ltr');
    expect(getComputedStyle(channel(wrapper, 'phone')!).direction).to.equal('rtl');
    await expect(wrapper).to.be.accessible();
    page.remove();
  });
});
