/** The ombudsman a resident can go to after stage 2, as the charter names it (LGSCO in England, PSOW in Wales). */
import { html, type TemplateResult } from 'lit';
import type { LocalText } from '@cx-kit/core';
import { localized, msg, str, TEXT_SLOT, withText } from '@cx-kit/core/element';

export interface OmbudsmanInfo {
  /** As the charter gives it: shown in its own language when there is no translation. */
  name: LocalText;
  url: string;
}

/** "Contact the Local Government and Social Care Ombudsman", as a link. */
export function ombudsmanLink(ombudsman: OmbudsmanInfo, locale: string): TemplateResult {
  return html`<a href=${ombudsman.url} rel="noopener">${withText(msg(str`Contact the ${TEXT_SLOT}`), localized(ombudsman.name, locale))}</a>`;
}
