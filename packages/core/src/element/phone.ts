// Phone numbers as residents read and dial them: apart from format.ts, whose
// date and list words a widget showing only a phone number does not need.

/**
 * A UK phone number grouped as people read it ("01632 960000", "0808 157 0123",
 * "0300 123 5500", "020 7946 0000"). Its `tel:` form is in tel-href.ts.
 */
export function groupPhone(number: string): string {
  const digits = number.replace(/[^\d+]/g, '').replace(/^\+44/, '0');
  if (!/^0\d{9,10}$/.test(digits)) return number.trim();
  if (/^0(20|23|24|28|29)/.test(digits)) return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (/^0(3|8|9)/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  if (/^07/.test(digits)) return `${digits.slice(0, 5)} ${digits.slice(5)}`;
  if (/^01\d1/.test(digits) || /^011/.test(digits)) return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
  return `${digits.slice(0, 5)} ${digits.slice(5)}`;
}
