/** The ombudsman a resident can go to after stage 2, as the charter names it (LGSCO in England, PSOW in Wales). */
import { html, type TemplateResult } from 'lit';
import type { LocalText } from '@cx-kit/core';
import { msg, str } from '@cx-kit/core/element';
import { NAME_SLOT, withName } from './marked-name.js';

export interface OmbudsmanInfo {
  /** As the charter gives it: shown in its own language when there is no translation. */
  name: LocalText;
  url: string;
}

/** "Contact the Local Government and Social Care Ombudsman", as a link. */
export function ombudsmanLink(ombudsman: OmbudsmanInfo, locale: string): TemplateResult {
  return html`<a href=${ombudsman.url} rel="noopener">${withName(msg(str`Contact the ${NAME_SLOT}`), ombudsman.name, locale)}</a>`;
}
