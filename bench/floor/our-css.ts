// The feedback form's first-render CSS as text, one string a sheet (for styled-lit.js).
import { CxFeedbackForm } from '../../packages/feedback-form/src/cx-feedback-form.js';

export const ourCss = (): string[] => [CxFeedbackForm.styles].flat(Infinity).map((sheet) => (sheet as { cssText: string }).cssText);
