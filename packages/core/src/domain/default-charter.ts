/**
 * Cheshire East Council's Customer Charter as a charter document, in English,
 * Welsh, Polish and Urdu: the widgets' default when a page gives them none
 * (see default-charter-core.ts for where its words and example contact
 * details come from). Widgets do not load this whole: they build the charter
 * from its parts, in English and their own language only, and without the
 * services (most of its weight) until they list them (element/charter-source.ts).
 */
import type { Charter } from './charter-schema.js';
import { charterWithoutServices } from './default-charter-core.js';
import { cy } from './default-charter-cy.js';
import { pl } from './default-charter-pl.js';
import { cyServices } from './default-charter-services-cy.js';
import { plServices } from './default-charter-services-pl.js';
import { urServices } from './default-charter-services-ur.js';
import { defaultServices } from './default-charter-services.js';
import { ur } from './default-charter-ur.js';

/** Cheshire East Council's charter without its services, in every language. */
export const defaultCharterWithoutServices: Charter = charterWithoutServices({ cy, pl, ur });

/** Cheshire East Council's charter, from the seeds (contact details are examples), with its services, in every language. */
export const defaultCharter: Charter = {
  ...defaultCharterWithoutServices,
  services: defaultServices({ cy: cyServices, pl: plServices, ur: urServices }),
};
