/**
 * The charter: the JSON document a council's web editor writes once and every
 * widget reads. This file is its public contract: the zod/mini schema (which
 * also becomes the published JSON Schema) and the TypeScript types.
 *
 * Objects are strict: a misspelt field ("chanels") is reported, not silently
 * ignored, because editors cannot see what a widget skipped. Checks that need
 * the whole document (ids that refer to each other) live in `charter.ts`.
 */
import * as z from 'zod/mini';
import {
  absoluteWebUrlSchema,
  dialledNumberSchema,
  emailSchema,
  isoDateSchema,
  kebabIdSchema,
  nonEmptyText,
  webUrlSchema,
} from './field-format-schemas.js';
import { localTextSchema } from './local-text-schema.js';
import { openingHoursSchema } from './opening-hours-schema.js';
import type { Division, ISODate, LocalText, OpeningHours, TimescaleRule } from './types.js';

// ---------------------------------------------------------------------------
// Types (declared, not inferred, so the published .d.ts reads as documentation;
// the assertions at the end of the file keep them equal to the schema).
// ---------------------------------------------------------------------------

/** The ways a resident can reach a council. */
export type ChannelKind = 'online' | 'phone' | 'email' | 'letter' | 'face-to-face' | 'webchat' | 'emergency';

/** A day the council itself is closed, beyond bank holidays. */
export type Closure = ISODate | { date: ISODate; title: string };

/** How the tracker recognises a well-formed reference before it asks the server. */
export interface ReferenceFormat {
  /** A regular expression source, e.g. `^CEC-\d{6}$`. */
  pattern: string;
  /** A reference that matches, shown to residents: `CEC-123456`. */
  example: string;
  /** Where residents find it and what it looks like. */
  description: LocalText;
}

export interface Organisation {
  name: LocalText;
  /** The kit works in UK time. */
  timeZone: 'Europe/London';
  /** Whose bank holidays close the council. */
  division: Division;
  /** The council's own closed days (a Christmas shutdown), as dates or `{ date, title }`. */
  closures: Closure[];
  /** The council's website home page (absolute). */
  website: string;
  referenceFormat: ReferenceFormat;
  /** A page where residents track their requests. */
  trackerUrl?: string;
}

/** A way to reach the council, with its hours and its promise. */
export interface Channel {
  /** Kebab-case id that services refer to: `phone`, `adults-phone`. */
  id: string;
  kind: ChannelKind;
  label: LocalText;
  url?: string;
  /** Digits as dialled: `0300 123 5500`. */
  phone?: string;
  email?: string;
  /** Postal or visiting address, one line per entry. */
  address?: string[];
  /** Omitted: always available (online forms). */
  hours?: OpeningHours;
  /** What the council promises on this channel: "We aim to answer your call within two minutes". */
  promise?: LocalText;
  /** The id of the timescale that is this channel's promise (`call-answer`). */
  timescale?: string;
  notes?: LocalText;
  /**
   * Channel ids to offer when this channel cannot keep its promise (a phone
   * queue longer than the promised wait): "offer you an alternative way of
   * contacting us". Online, email, a call-back form: in the order shown.
   */
  alternatives?: string[];
}

export interface ServiceLink {
  label: LocalText;
  url: string;
}

export interface ServiceTeam {
  name: LocalText;
  phone?: string;
  email?: string;
}

/** Something a resident comes to the council for: bins, council tax, a blue badge. */
export interface Service {
  /** Kebab-case and unique: `missed-bin`. */
  id: string;
  name: LocalText;
  summary?: LocalText;
  /** Words residents type for it: "bin", "wheelie bin", "rubbish". */
  keywords: string[];
  /** Channel ids, in the order they are shown (online first, never online only). */
  channels: string[];
  links?: ServiceLink[];
  team?: ServiceTeam;
  /** Complaints about it follow the statutory social care procedure for adults or children. */
  socialCare?: 'adults' | 'children';
}

/** What a timescale is about, so a widget can pick the right one. */
export type TimescaleTopic = 'complaint' | 'foi' | 'sar' | 'letter' | 'call' | 'visit' | 'other';

/** A charter promise that becomes a date (or, for calls, a duration). */
export interface Timescale {
  /** Kebab-case and unique: `complaint-stage-1`. */
  id: string;
  /** "Respond to a Freedom of Information request". */
  title: LocalText;
  /** The promise in plain English: "We will respond within 20 working days." */
  description: LocalText;
  rule: TimescaleRule;
  /** Where the law adds detail. */
  notes?: LocalText[];
  /** What a resident can do when it is late, in order. */
  overdue?: LocalText[];
  /**
   * What the council promises when it cannot meet this timescale, shown
   * before what the resident can do: "If it is not possible for us to meet
   * these timeframes, we will contact you to explain why…".
   */
  ifMissed?: LocalText;
  appliesTo?: TimescaleTopic;
}

/** A statutory route the feedback form sends residents to instead of the corporate procedure. */
export interface FeedbackRoute {
  text: LocalText;
  url: string;
}

export interface FeedbackSettings {
  /** Characters allowed in the feedback box. */
  maxLength: number;
  socialCare: { adults: FeedbackRoute; children: FeedbackRoute };
  /**
   * Said wherever complaint timescales are (the timescales table, the
   * confirmation): "There are different procedures and timescales if your
   * complaint relates to adults or children's social care".
   */
  socialCareNote?: LocalText;
  /** Where the form POSTs (see the FeedbackSubmission contract). */
  endpoint?: string;
  /**
   * The page with the feedback form. The tracker's "Ask for a review" links
   * there with `#cx-review=<reference>`, and the form on that page starts the
   * review (a fragment: the reference never reaches a server in a URL).
   */
  page?: string;
}

export interface PrivacyNotice {
  text: LocalText;
  url: string;
}

export interface OtherFormats {
  text: LocalText;
  url: string;
  /** "large print", "Easy Read", "British Sign Language" … */
  formats: LocalText[];
}

/** Where a resident goes when the council's complaints procedure is finished and they are still unhappy. */
export interface Ombudsman {
  /** "Local Government and Social Care Ombudsman". */
  name: LocalText;
  /** The ombudsman's home page or complaint form. */
  url: string;
}

/** The whole charter, version 1. */
export interface Charter {
  /** Optional pointer to the JSON Schema, for editors' tools. */
  $schema?: string;
  version: 1;
  organisation: Organisation;
  channels: Channel[];
  services: Service[];
  timescales: Timescale[];
  feedback: FeedbackSettings;
  privacy: PrivacyNotice;
  otherFormats?: OtherFormats;
  /** After stage 2. Absent: the Local Government and Social Care Ombudsman (see `ombudsmanOf`). */
  ombudsman?: Ombudsman;
  /**
   * True when the phone numbers, emergency line and email addresses are
   * examples, not the council's real ones (the built-in charter's are):
   * widgets then say so to residents and in the debug panel.
   */
  exampleContacts?: boolean;
}

// ---------------------------------------------------------------------------
// Schemas
// ---------------------------------------------------------------------------

/** Every channel kind, in the order a resident is usually offered them. */
export const CHANNEL_KINDS = ['online', 'webchat', 'phone', 'email', 'letter', 'face-to-face', 'emergency'] as const;

const TIMESCALE_TOPICS = ['complaint', 'foi', 'sar', 'letter', 'call', 'visit', 'other'] as const;

/** Attach a description, which the published JSON Schema shows editors as help. */
const doc = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description));

const wholeNumber = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
const link = (description: string) => doc(webUrlSchema, `${description} An https:// address or a relative path.`);

const closureSchema = z.union(
  [isoDateSchema, z.strictObject({ date: isoDateSchema, title: nonEmptyText })],
  { error: 'should be a date "YYYY-MM-DD", or {"date": "YYYY-MM-DD", "title": "Christmas closure"}' },
);

const referenceFormatSchema = z.strictObject({
  pattern: doc(nonEmptyText, 'A regular expression a reference must match, such as ^CEC-\\d{6}$.'),
  example: doc(nonEmptyText, 'A reference that matches, shown to residents: CEC-123456.'),
  description: doc(localTextSchema, 'Where residents find their reference and what it looks like.'),
});

const organisationSchema = z.strictObject({
  name: doc(localTextSchema, "The organisation's name."),
  timeZone: z._default(
    z.literal('Europe/London', { error: 'must be "Europe/London": the kit counts days and hours in UK time' }),
    'Europe/London',
  ),
  division: doc(z.enum(['england-and-wales', 'scotland', 'northern-ireland']), 'Whose bank holidays close the council.'),
  closures: z._default(
    doc(z.array(closureSchema), 'Days the council itself is closed, beyond bank holidays: "YYYY-MM-DD" or {"date", "title"}.'),
    [],
  ),
  website: doc(absoluteWebUrlSchema, "The council's website home page, starting https://."),
  referenceFormat: doc(referenceFormatSchema, 'How the request tracker recognises a reference before asking the server.'),
  trackerUrl: z.optional(link('A page where residents track their requests.')),
});

const channelSchema = z.strictObject({
  id: doc(kebabIdSchema, 'Kebab-case id that services list: "phone", "adults-phone".'),
  kind: z.enum(CHANNEL_KINDS),
  label: doc(localTextSchema, 'What residents see: "Phone", "Customer service points".'),
  url: z.optional(link('The web page or form (needed by online and webchat channels).')),
  phone: z.optional(doc(dialledNumberSchema, 'Digits as dialled, such as "0300 123 5500" (needed by phone and emergency channels).')),
  email: z.optional(doc(emailSchema, 'The address to write to (needed by email channels).')),
  address: z.optional(doc(z.array(nonEmptyText).check(z.minLength(1)), 'Postal or visiting address, one line per entry.')),
  hours: z.optional(doc(openingHoursSchema, 'Opening hours in UK time; leave out for always available.')),
  promise: z.optional(doc(localTextSchema, 'The promise on this channel: "We aim to answer your call within two minutes."')),
  timescale: z.optional(doc(kebabIdSchema, "The id of the timescale that is this channel's promise.")),
  notes: z.optional(localTextSchema),
  alternatives: z.optional(
    doc(z.array(kebabIdSchema), 'Channel ids offered when this channel cannot keep its promise (a long phone queue): "online", "email".'),
  ),
});

const serviceSchema = z.strictObject({
  id: doc(kebabIdSchema, 'Kebab-case and unique: "missed-bin".'),
  name: localTextSchema,
  summary: z.optional(localTextSchema),
  keywords: doc(z.array(nonEmptyText), 'Words residents type for it: "bin", "wheelie bin", "rubbish".'),
  channels: doc(z.array(kebabIdSchema).check(z.minLength(1)), 'Channel ids in the order shown: online first, never online only.'),
  links: z.optional(z.array(z.strictObject({ label: localTextSchema, url: link('The page.') }))),
  team: z.optional(
    z.strictObject({
      name: localTextSchema,
      phone: z.optional(dialledNumberSchema),
      email: z.optional(emailSchema),
    }),
  ),
  socialCare: z.optional(
    doc(z.enum(['adults', 'children']), 'Complaints about it follow the statutory social care procedure instead.'),
  ),
});

const fromSchema = doc(kebabIdSchema, "Count from another timescale's due date (a milestone) instead of from receipt.");

/** A timescale rule (see `TimescaleRule` in types.ts). */
export const timescaleRuleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('working-days'),
    days: wholeNumber(1, 366),
    calendar: z.optional(
      doc(z.enum(['council', 'united-kingdom']), '"council" (default) or "united-kingdom": a bank holiday anywhere in the UK counts (FOI).'),
    ),
    from: z.optional(fromSchema),
  }),
  z.strictObject({
    kind: z.literal('calendar-months'),
    months: wholeNumber(1, 24),
    nextWorkingDay: z.optional(doc(z.boolean(), 'Move a due date on a closed day to the next working day (default true).')),
    extendedMonths: z.optional(doc(wholeNumber(1, 24), 'The longest the clock may run for complex requests, from the same start.')),
    from: z.optional(fromSchema),
  }),
  z.strictObject({
    kind: z.literal('duration'),
    minutes: z.number().check(z.positive()),
  }),
]);

const timescaleSchema = z.strictObject({
  id: doc(kebabIdSchema, 'Kebab-case and unique: "complaint-stage-1".'),
  title: doc(localTextSchema, '"Respond to a Freedom of Information request".'),
  description: doc(localTextSchema, 'The promise in plain English: "We will respond within 20 working days."'),
  rule: timescaleRuleSchema,
  notes: z.optional(doc(z.array(localTextSchema), 'Where the law adds detail.')),
  overdue: z.optional(doc(z.array(localTextSchema), 'What a resident can do when it is late, in order.')),
  ifMissed: z.optional(
    doc(localTextSchema, 'What the council promises when it cannot meet this timescale, shown before what the resident can do.'),
  ),
  appliesTo: z.optional(z.enum(TIMESCALE_TOPICS)),
});

const routeSchema = z.strictObject({ text: localTextSchema, url: link('The statutory route.') });

const feedbackSchema = z.strictObject({
  maxLength: doc(wholeNumber(100, 20000), 'Characters allowed in the feedback box.'),
  socialCare: doc(
    z.strictObject({ adults: routeSchema, children: routeSchema }),
    "Where complaints about adults' and children's social care go instead (statutory procedures).",
  ),
  endpoint: z.optional(link('Where the feedback form POSTs.')),
  page: z.optional(link('The page with the feedback form: the tracker\'s "Ask for a review" links there (with #cx-review=<reference>).')),
  socialCareNote: z.optional(
    doc(localTextSchema, "Shown with the complaint timescales: other procedures and timescales apply to adults' or children's social care."),
  ),
});

/**
 * The charter schema. It checks each field on its own; `parseCharter` adds
 * the checks across fields and turns issues into sentences for editors.
 */
export const charterSchema = z.strictObject({
  $schema: z.optional(doc(z.string(), 'The JSON Schema this document follows, for editors.')),
  version: z.literal(1, { error: 'must be 1: this kit reads version 1 charters' }),
  organisation: organisationSchema,
  channels: doc(z.array(channelSchema).check(z.minLength(1)), 'The ways to reach the council.'),
  services: doc(z.array(serviceSchema), 'What residents come for, with the words they use.'),
  timescales: doc(z.array(timescaleSchema), 'The promises that become dates (or, for calls, a duration).'),
  feedback: feedbackSchema,
  privacy: z.strictObject({ text: localTextSchema, url: link('The privacy notice.') }),
  otherFormats: z.optional(
    z.strictObject({
      text: localTextSchema,
      url: link('How to ask for another format.'),
      formats: doc(z.array(localTextSchema), '"large print", "Easy Read", "British Sign Language" …'),
    }),
  ),
  ombudsman: z.optional(
    doc(
      z.strictObject({ name: localTextSchema, url: doc(absoluteWebUrlSchema, "The ombudsman's page, starting https://.") }),
      'Where residents go after stage 2. Leave out for the Local Government and Social Care Ombudsman (England); Welsh councils name the Public Services Ombudsman for Wales.',
    ),
  ),
  exampleContacts: z.optional(
    doc(z.boolean(), 'true when the phone numbers, emergency line and emails are examples, not real: widgets say so to residents.'),
  ),
});

/** What an editor may write: the charter before defaults (`timeZone`, `closures`) are filled in. */
export type CharterInput = z.input<typeof charterSchema>;
