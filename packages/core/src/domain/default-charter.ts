/**
 * Cheshire East Council's Customer Charter as a charter document: the
 * widgets' default when a page gives them none (see default-charter-core.ts
 * for where its words and example contact details come from). Split in two
 * so a widget loads only the parts it shows: the services, with their
 * translations, are most of its weight.
 */
import type { Charter } from './charter-schema.js';
import { defaultCharterWithoutServices } from './default-charter-core.js';
import { defaultServices } from './default-charter-services.js';

export { defaultCharterWithoutServices };

/** Cheshire East Council's charter, from the seeds (contact details are examples), with its services. */
export const defaultCharter: Charter = { ...defaultCharterWithoutServices, services: defaultServices };
