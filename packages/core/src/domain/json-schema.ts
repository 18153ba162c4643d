/**
 * The charter and the API contracts as JSON Schema (draft 2020-12), for the
 * people who write charters in an editor or build the server side in another
 * language. The zod schemas stay the source of truth; checks that JSON Schema
 * cannot say (a date that exists, a URL's scheme, fields that depend on each
 * other) are enforced by `parseCharter` and the `parseX` helpers only.
 */
import * as z from 'zod/mini';
import { charterSchema } from './charter-schema.js';
import { apiErrorSchema } from './contracts/api-error.js';
import { feedbackReceiptSchema, feedbackSubmissionSchema } from './contracts/feedback.js';
import { open311ErrorsSchema, open311RequestsSchema } from './contracts/open311.js';
import { trackerLookupSchema, trackerStatusSchema } from './contracts/tracker.js';
import { waitTimesSchema } from './contracts/wait-times.js';

/** Each published schema: its file name stem, title and description, and the zod schema. */
const PUBLISHED: [name: string, title: string, description: string, schema: z.ZodMiniType][] = [
  ['charter', 'cx-kit charter (version 1)', "A council's customer charter: organisation, channels, services, timescales.", charterSchema],
  ['feedback-submission', 'Feedback submission', 'The JSON body the feedback form POSTs.', feedbackSubmissionSchema],
  ['feedback-receipt', 'Feedback receipt', 'What the feedback endpoint answers a submission with.', feedbackReceiptSchema],
  ['api-error', 'API error', 'The error body of every cx-kit API (422: with field messages).', apiErrorSchema],
  ['tracker-lookup', 'Tracker lookup', 'The JSON body the request tracker POSTs.', trackerLookupSchema],
  ['tracker-status', 'Tracker status', 'What the tracker endpoint answers a lookup with.', trackerStatusSchema],
  ['open311-requests', 'Open311 GeoReport v2 requests', 'GET /requests/{id}.json: an array of service requests.', open311RequestsSchema],
  ['open311-errors', 'Open311 GeoReport v2 errors', 'The Open311 error array.', open311ErrorsSchema],
  ['wait-times', 'Wait times', 'Live waiting times per charter channel.', waitTimesSchema],
];

/**
 * Every published JSON Schema by name (`charter`, `feedback-submission`,
 * `feedback-receipt`, `api-error`, `tracker-lookup`, `tracker-status`,
 * `open311-requests`, `open311-errors`, `wait-times`). Schemas describe what
 * may be written (input), so fields with defaults are optional.
 */
export function jsonSchemas(): Record<string, object> {
  const out: Record<string, object> = {};
  for (const [name, title, description, schema] of PUBLISHED) {
    const generated = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' });
    const { $schema, ...rest } = generated as Record<string, unknown>;
    out[name] = { $schema, title, description, ...rest };
  }
  return out;
}
