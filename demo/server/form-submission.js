// The no-JavaScript feedback form posts plain form fields named like the
// JSON body (type, service, details, name, preference, email, phone, address,
// consent …). This turns them into a FeedbackSubmission, which is then
// checked by exactly the same schema as the widget's JSON.

const one = (value) => (Array.isArray(value) ? value[0] : value);

/** The first value of a field, trimmed, or undefined when it is missing. */
function field(fields, ...names) {
  for (const name of names) {
    const value = one(fields[name]);
    if (value !== undefined) return String(value);
  }
  return undefined;
}

const blank = (value) => value === undefined || value.trim() === '';

/**
 * A submission object from form fields. A plain form cannot show the contact
 * question only to those who want a reply, so: with no `preference`, the
 * first detail given decides it (email, then phone, then address); an
 * anonymous suggestion or compliment (no details at all) means "none".
 * @param {Record<string, string | string[]>} fields
 * @param {{ now: string, locale?: string }} context
 */
export function submissionFromForm(fields, { now, locale = 'en-GB' }) {
  const contact = {
    name: field(fields, 'name', 'contact.name') ?? '',
    email: field(fields, 'email', 'contact.email') ?? '',
    phone: field(fields, 'phone', 'contact.phone') ?? '',
    address: field(fields, 'address', 'contact.address') ?? '',
  };
  const type = field(fields, 'type');
  const anonymous = Object.values(contact).every(blank);
  let preference = field(fields, 'preference', 'contact.preference');
  if (anonymous && (type === 'suggestion' || type === 'compliment')) preference = 'none';
  else if (blank(preference)) preference = !blank(contact.email) ? 'email' : !blank(contact.phone) ? 'phone' : !blank(contact.address) ? 'post' : undefined;
  const consent = field(fields, 'consent');
  const service = field(fields, 'service');
  const submission = {
    type,
    service: blank(service) || service === 'unknown' ? null : service,
    details: field(fields, 'details') ?? '',
    contact: { ...contact, preference },
    consent: consent !== undefined && ['true', 'on', 'yes', '1'].includes(consent.toLowerCase()),
    locale: field(fields, 'locale') || locale,
    client: { startedAt: now, submittedAt: now },
  };
  const related = field(fields, 'relatedReference', 'related-reference');
  const reason = field(fields, 'reasonNotSatisfied', 'reason-not-satisfied');
  const socialCare = field(fields, 'socialCare', 'social-care');
  if (related !== undefined) submission.relatedReference = related;
  if (reason !== undefined) submission.reasonNotSatisfied = reason;
  if (!blank(socialCare)) submission.socialCare = socialCare;
  return submission;
}

/** The labels residents saw on the form, for the error page ("Email address: Enter your email address"). */
export const FIELD_LABELS = {
  type: 'What you want to do',
  service: 'Service',
  details: 'Your feedback',
  relatedReference: 'Reference of your complaint',
  reasonNotSatisfied: 'Why you are not satisfied',
  'contact.name': 'Your name',
  'contact.preference': 'How we should contact you',
  'contact.email': 'Email address',
  'contact.phone': 'Phone number',
  'contact.address': 'Postal address',
  consent: 'Consent',
  locale: 'Language',
  socialCare: 'Social care',
};
