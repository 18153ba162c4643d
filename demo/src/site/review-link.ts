/**
 * The host page's part of "Ask for a review": the tracker fires
 * `cx-review-request` with the complaint's reference; a page that also has
 * the feedback form hands it to `askForReview()`, and the resident carries
 * on there. Without a form on the page the event is left alone, so the
 * tracker's own link (when the charter names the form's page) still works.
 */
type ReviewForm = HTMLElement & { askForReview(detail: { reference: string; verifier?: string }): void };

document.addEventListener('cx-review-request', (event) => {
  const form = document.querySelector<ReviewForm>('cx-feedback-form');
  if (!form || typeof form.askForReview !== 'function') return;
  event.preventDefault();
  // The form moves focus (and so the view) to its review question.
  form.askForReview((event as CustomEvent<{ reference: string; verifier?: string }>).detail);
});
