/**
 * Welsh strings the i18n tests look for, as written in xliff/cy.xlf. A test
 * that finds one of these knows the kit loaded its Welsh translations.
 */
export const WELSH = {
  /** "What counts as a working day?" */
  workingDayQuestion: 'Beth sy’n cyfrif fel diwrnod gwaith?',
} as const;
