/**
 * The ombudsmen a council's residents can go to after stage 2: in England
 * the Local Government and Social Care Ombudsman, in Wales the Public
 * Services Ombudsman for Wales. A charter names its own (`ombudsman`);
 * without one, the kit names the LGSCO.
 */
import type { Charter, Ombudsman } from './charter-schema.js';

/** England's Local Government and Social Care Ombudsman (its name is English only). */
export const LGSCO: Ombudsman = Object.freeze({
  name: 'Local Government and Social Care Ombudsman',
  url: 'https://www.lgo.org.uk',
});

/** Wales's Public Services Ombudsman, whose official name is in both languages. */
export const PSOW: Ombudsman = Object.freeze({
  name: { en: 'Public Services Ombudsman for Wales', cy: 'Ombwdsmon Gwasanaethau Cyhoeddus Cymru' },
  url: 'https://www.ombudsman.wales',
});

/** The ombudsman a charter names, or the LGSCO when it names none. */
export function ombudsmanOf(charter: Pick<Charter, 'ombudsman'>): Ombudsman {
  return charter.ombudsman ?? LGSCO;
}
