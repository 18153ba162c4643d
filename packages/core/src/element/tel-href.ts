// The `tel:` form of a phone number, on its own: a view that only links a
// number (the tracker's last-resort view) needs no more of phone.ts.

/** The `tel:` link for a UK number as written ("01632 960000" → "tel:+441632960000"). */
export function telHref(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return `tel:${digits.startsWith('0') ? `+44${digits.slice(1)}` : digits}`;
}
