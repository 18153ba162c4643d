import { expect } from '@open-wc/testing';
import { formatDate, formatList, formatNumber, formatTime, formatWeekday, groupPhone, loadLocale, telHref } from '../../src/element/index.js';

describe('format', () => {
  // Welsh and Polish words arrive with their strings, as when a widget shows those languages.
  before(() => Promise.all([loadLocale('cy'), loadLocale('pl')]));

  it('writes dates as GOV.UK does, and in the resident’s language', () => {
    expect(formatDate('2027-01-21')).to.equal('Thursday 21 January 2027');
    expect(formatDate('2027-01-21', 'en-GB', { weekday: false })).to.equal('21 January 2027');
    expect(formatDate('2027-01-21', 'pl')).to.equal('czwartek, 21 stycznia 2027');
    // Welsh from the kit's own data, in every browser (Debian's Chromium has no Welsh).
    expect(formatDate('2027-01-21', 'cy')).to.equal('dydd Iau 21 Ionawr 2027');
    expect(formatWeekday('2026-11-23')).to.equal('Monday');
    expect(formatWeekday('2026-11-23', 'pl')).to.equal('poniedziałek');
  });

  it('writes times as people say them', () => {
    expect(formatTime('17:00')).to.equal('5pm');
    expect(formatTime('08:30')).to.equal('8:30am');
    expect(formatTime('12:00')).to.equal('midday');
    expect(formatTime('00:00')).to.equal('midnight');
    expect(formatTime('24:00')).to.equal('midnight');
    expect(formatTime('12:30')).to.equal('12:30pm');
    expect(formatTime('17:00', 'pl')).to.equal('17:00');
  });

  it('writes numbers and lists in the locale', () => {
    expect(formatNumber(1000)).to.equal('1,000');
    expect(formatList(['email', 'phone', 'post'])).to.equal('email, phone and post');
    expect(formatList(['email', 'phone'], 'en-GB', 'disjunction')).to.equal('email or phone');
  });

  it('groups UK phone numbers as people read them, and dials them from anywhere', () => {
    expect(groupPhone('01632960000')).to.equal('01632 960000');
    expect(groupPhone('08081570123')).to.equal('0808 157 0123');
    expect(groupPhone('03001235500')).to.equal('0300 123 5500');
    expect(groupPhone('02079460000')).to.equal('020 7946 0000');
    expect(groupPhone('+44 7700 900123')).to.equal('07700 900123');
    expect(groupPhone('0161 496 0000')).to.equal('0161 496 0000');
    expect(groupPhone('999')).to.equal('999');
    expect(telHref('01632 960000')).to.equal('tel:+441632960000');
    expect(telHref('999')).to.equal('tel:999');
  });
});
