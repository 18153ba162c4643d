/**
 * The service search (its controller, index, template and styles), loaded by
 * the element right after the widget first shows: a resident reaches the box
 * after reading the page's heading, and until then the element keeps the
 * box's space so nothing moves when it arrives.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { localText, type Service } from '@cx-kit/core';
import { ServiceSearchController, formStyles, serviceCombobox, serviceComboboxStyles, type ServiceComboboxText } from '@cx-kit/core/element';

export { defaultServicesInEveryLanguage } from '@cx-kit/core/element';

export const partStyles = [formStyles, serviceComboboxStyles];

export function createSearch(
  host: ReactiveControllerHost,
  locale: () => string,
  onSelect: (service: Service) => void,
  onNoMatch: () => void,
): ServiceSearchController<Service> {
  return new ServiceSearchController<Service>(host, { nameOf: (service) => localText(service.name, locale()), onSelect, onNoMatch });
}

/** Drawn on its own: a keystroke redraws the search, not the service's channels beside it. */
export function searchView(search: ServiceSearchController<Service>, text: ServiceComboboxText): TemplateResult {
  return html`${serviceCombobox(search, 'cx-search', text)}`;
}
