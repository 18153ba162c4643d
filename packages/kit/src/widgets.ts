import { CxContactOptions } from '@cx-kit/contact-options';
import { CxRequestTracker } from '@cx-kit/request-tracker';
import { CxFeedbackForm } from '@cx-kit/feedback-form';
import { CxCharterTimescales } from '@cx-kit/charter-timescales';

/** Every widget by its unprefixed name: `${prefix}-${name}` is its tag. */
export const widgets = {
  'contact-options': CxContactOptions,
  'request-tracker': CxRequestTracker,
  'feedback-form': CxFeedbackForm,
  'charter-timescales': CxCharterTimescales,
} as const;

export type WidgetName = keyof typeof widgets;
