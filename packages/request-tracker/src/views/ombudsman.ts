/** The ombudsman a resident can go to after stage 2, as the charter names it (LGSCO in England, PSOW in Wales). */
import { html, type TemplateResult } from 'lit';
import { msg, str } from '@cx-kit/core/element';

export interface OmbudsmanInfo {
  name: string;
  url: string;
}

/** "Contact the Local Government and Social Care Ombudsman", as a link. */
export function ombudsmanLink(ombudsman: OmbudsmanInfo): TemplateResult {
  return html`<a href=${ombudsman.url} rel="noopener">${msg(str`Contact the ${ombudsman.name}`)}</a>`;
}
