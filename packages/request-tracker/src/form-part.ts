/**
 * What shows the tracker's form (and a failure, with the charter's phone and
 * email), with its styles: loaded with import() as the element connects, in
 * step with the charter, which the form cannot show without. So the first
 * download is only the element's shell.
 */
import { formStyles } from '@cx-kit/core/element';
import { trackerStyles } from './cx-request-tracker.styles.js';

export { failureView, offlineText, systemProblemText } from './views/failure.js';
export { lookupForm } from './views/lookup-form.js';

/** Added to the element's shadow root when this part arrives, before it first renders. */
export const formPartStyles = [formStyles, trackerStyles];
