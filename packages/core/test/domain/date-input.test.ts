// The GOV.UK date input's rules (the boxes themselves are dateInput in @cx-kit/core/element).
import { expect } from 'chai';
import { dateInputValue, parseDateInput } from '../../src/index.js';

describe('parseDateInput: the GOV.UK date input', () => {
  const parse = (day: string, month: string, year: string) => parseDateInput({ day, month, year });

  it('reads a real date, forgiving spaces and leading zeros', () => {
    expect(parse('18', '12', '2026')).to.deep.equal({ ok: true, date: '2026-12-18' });
    expect(parse(' 07 ', '3', '2027')).to.deep.equal({ ok: true, date: '2027-03-07' });
    expect(parse('29', '2', '2028')).to.deep.equal({ ok: true, date: '2028-02-29' });
  });

  it('says when nothing was entered', () => {
    expect(parse('', ' ', '')).to.deep.equal({ ok: false, problem: 'empty', fields: ['day', 'month', 'year'] });
  });

  it('names the missing boxes', () => {
    expect(parse('18', '', '2026')).to.deep.equal({ ok: false, problem: 'missing', fields: ['month'] });
    expect(parse('', '', '2026')).to.deep.equal({ ok: false, problem: 'missing', fields: ['day', 'month'] });
    expect(parse('18', '', '')).to.deep.equal({ ok: false, problem: 'missing', fields: ['month', 'year'] });
  });

  it('wants a 4-number year', () => {
    expect(parse('18', '12', '26')).to.deep.equal({ ok: false, problem: 'year-digits', fields: ['year'] });
  });

  it('rejects dates that do not exist, naming the box at fault', () => {
    expect(parse('30', '2', '2027')).to.deep.equal({ ok: false, problem: 'not-real', fields: ['day'] });
    expect(parse('29', '2', '2027')).to.deep.equal({ ok: false, problem: 'not-real', fields: ['day'] });
    expect(parse('1', '13', '2027')).to.deep.equal({ ok: false, problem: 'not-real', fields: ['month'] });
    expect(parse('40', '13', '2027')).to.deep.equal({ ok: false, problem: 'not-real', fields: ['day', 'month'] });
    expect(parse('1st', 'Jan', '2027')).to.deep.equal({ ok: false, problem: 'not-real', fields: ['day', 'month'] });
    expect(parse('0', '1', '2027')).to.deep.equal({ ok: false, problem: 'not-real', fields: ['day'] });
    expect(parse('1', '1', '0000')).to.deep.equal({ ok: false, problem: 'not-real', fields: ['year'] });
  });

  it('keeps to the caller’s years, and takes any 4-number year without them', () => {
    const range = { earliest: 1970, latest: 2099 };
    expect(parseDateInput({ day: '1', month: '1', year: '1969' }, range)).to.deep.equal({ ok: false, problem: 'out-of-range', fields: ['year'], min: 1970, max: 2099 });
    expect(parseDateInput({ day: '31', month: '12', year: '2099' }, range)).to.deep.equal({ ok: true, date: '2099-12-31' });
    expect(parse('1', '1', '1066')).to.deep.equal({ ok: true, date: '1066-01-01' });
  });

  it('gives the boxes for a date as a resident types them, and empty boxes for no date', () => {
    expect(dateInputValue('2027-03-07')).to.deep.equal({ day: '7', month: '3', year: '2027' });
    expect(dateInputValue(undefined)).to.deep.equal({ day: '', month: '', year: '' });
    expect(dateInputValue('soon')).to.deep.equal({ day: '', month: '', year: '' });
  });
});
