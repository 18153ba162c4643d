/** "Which service is your feedback about?": the shared service search, or "I do not know". */
import { html, type TemplateResult } from 'lit';
import { msg } from '@cx-kit/core/element';
import { checkboxes, describedBy, fieldError, formGroup, renderServiceCombobox } from '@cx-kit/core/element';
import { localText, type Charter, type Service } from '@cx-kit/core';
import type { JourneyController } from '../journey-controller.js';
import type { LaterView } from './view.js';

/** A service's name in the resident's language (the search lists and matches these). */
export const serviceName = (service: Service, locale: string): string => localText(service.name, locale);

/** The chosen service's name in the resident's language, or undefined. */
export function chosenServiceName(journey: JourneyController, charter: Charter, locale: string): string | undefined {
  const chosen = journey.answers.service ? journey.servicesOf(charter).get(journey.answers.service) : undefined;
  return chosen ? serviceName(chosen, locale) : undefined;
}

export function serviceStep(view: LaterView): TemplateResult {
  const { journey, search } = view;
  const error = journey.errorFor('service');
  /** Typing after choosing a service un-chooses it, unless the text still names it. */
  const typed = () => {
    const chosen = chosenServiceName(journey, view.charter, view.locale);
    if (chosen && search.query.trim() !== chosen) journey.set('service', '');
  };
  const unknownChanged = (unknown: boolean) => {
    if (unknown) {
      search.clear();
      journey.assign({ service: '' });
    }
    journey.set('serviceUnknown', unknown);
  };
  return html`<form novalidate @submit=${view.onContinue}>
    ${formGroup(
      error,
      html`<fieldset aria-describedby=${describedBy('service-question-hint', error && 'service-error')}>
        <legend>${view.heading(msg('Which service is your feedback about?'))}</legend>
        <p class="cx-hint" id="service-question-hint">${msg('This helps us pass it to the right team. If you are not sure, select ‘I do not know’.')}</p>
        ${fieldError('service', error)}
        <div @input=${typed}>
          ${renderServiceCombobox(search, 'service', {
            label: msg('Search for the service'),
            hint: msg('For example, bins, potholes or council tax'),
          })}
        </div>
        <p class="cx-or">${msg('or')}</p>
        ${checkboxes({
          name: 'service-unknown',
          items: [{ value: 'unknown', label: msg('I do not know'), checked: journey.answers.serviceUnknown }],
          onChange: (_, checked) => unknownChanged(checked),
        })}
      </fieldset>`,
    )}
    ${view.continueButton()}
  </form>`;
}
