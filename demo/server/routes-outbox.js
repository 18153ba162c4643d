// The admin's Outbox view: every message to residents (sent, waiting,
// failed) and the phone and post tasks, with a button to mark a task done.
import { HttpError } from './http-error.js';
import { outboxPage } from './admin-page.js';
import { htmlPage, seeOther } from './respond.js';
import { authorisedForm, officerOf } from './routes-admin.js';

/** GET /admin/outbox */
export async function getOutbox(ctx) {
  const officer = await officerOf(ctx);
  if (!officer) return seeOther('/admin/sign-in');
  const [rows, counts] = await Promise.all([ctx.env.outbox.list(200), ctx.env.outbox.counts()]);
  return htmlPage(200, outboxPage(rows, counts, officer), { 'Cache-Control': 'no-store' });
}

/** POST /admin/outbox/{id}/done: the officer has called or written. */
export async function postTaskDone(ctx) {
  const { officer } = await authorisedForm(ctx);
  const done = await ctx.env.outbox.taskDone(Number(ctx.params.id), new Date(ctx.env.now()).toISOString());
  if (!done) throw new HttpError(404, 'There is no open task with that number.');
  await ctx.env.officers.audit(officer.username, 'marked a task done', `outbox ${ctx.params.id}`, ctx.env.now());
  return seeOther('/admin/outbox');
}
