/**
 * What shows the tracker's form, with its styles: loaded with import() as the
 * element connects, in step with the charter, which the form cannot show
 * without. So the first download is only the element's shell. The failure
 * view is not here: it comes when the form is first used (chunks.ts).
 */
import { formStyles } from '@cx-kit/core/element';
import { trackerStyles } from './cx-request-tracker.styles.js';

export { lookupForm } from './views/lookup-form.js';
export { lastResort } from './views/last-resort.js';
export { configProblems, pollWarning } from './config-problems.js';

/** Added to the element's shadow root when this part arrives, before it first renders. */
export const formPartStyles = [formStyles, trackerStyles];
