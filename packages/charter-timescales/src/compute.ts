/**
 * From the attributes and the charter to what the widget shows: the
 * problems an editor must fix, or the view (one answer, the table of every
 * promise). Plain data, no DOM; loaded with the views.
 */
import { msg, str, type CharterProblem } from '@cx-kit/core/element';
import { isISODate, type Charter, type ISODate } from '@cx-kit/core';
import { EARLIEST_YEAR, LATEST_YEAR } from './date-parts.js';
import { answerFor, findTimescale, promiseTable, type PromiseTable, type TimescaleAnswer } from './timescale-answer.js';
import { todayFrom } from './today.js';

/** How the widget shows its answer. */
export type TimescaleLayout = 'sentence' | 'table' | 'calendar';

const LAYOUTS: readonly string[] = ['sentence', 'table', 'calendar'];

/** What the element holds that decides the view. */
export interface ViewInputs {
  now?: string;
  timescale?: string;
  received?: string;
  layout?: string;
  /** A date the resident entered, which wins over `received`. */
  residentReceived?: ISODate;
}

/** Everything the templates need, worked out once per change of input. */
export interface View {
  layout: TimescaleLayout;
  today: ISODate;
  received: ISODate;
  /** The one timescale asked for. */
  answer?: TimescaleAnswer;
  /** Every promise, for the table and the list of sentences. */
  table?: PromiseTable;
}

export type Computed = { view: View } | { problems: CharterProblem[] };

/** Checks the attributes and works out the answer; problems for editors when an attribute is unusable. */
export function computeView(charter: Charter, inputs: ViewInputs): Computed {
  const problems: CharterProblem[] = [];
  const today = todayFrom(inputs.now);
  if (today === null) {
    problems.push({
      path: 'now',
      message: msg(str`"${inputs.now}" is not a date or an instant. Write a date as YYYY-MM-DD, or an instant with its time zone, for example 2026-12-18T09:00:00Z.`),
    });
  }
  const id = inputs.timescale?.trim() || undefined;
  if (id !== undefined && !findTimescale(charter, id)) {
    const known = charter.timescales.map((t) => t.id).join(', ');
    problems.push({ path: 'timescale', message: msg(str`There is no timescale "${id}" in the charter. Use one of: ${known}.`) });
  }
  const given = inputs.received?.trim() || undefined;
  if (given !== undefined) {
    if (!isISODate(given)) {
      problems.push({ path: 'received', message: msg(str`"${given}" is not a real date. Write it as YYYY-MM-DD, for example 2026-12-18.`) });
    } else if (Number(given.slice(0, 4)) < EARLIEST_YEAR || Number(given.slice(0, 4)) > LATEST_YEAR) {
      problems.push({ path: 'received', message: msg(str`"${given}" is outside the years the working-day calendar covers (${EARLIEST_YEAR} to ${LATEST_YEAR}).`) });
    }
  }
  if (inputs.layout !== undefined && inputs.layout !== null && !LAYOUTS.includes(inputs.layout)) {
    problems.push({ path: 'layout', message: msg(str`"${inputs.layout}" is not a layout. Use sentence, table or calendar.`) });
  }
  if (problems.length || today === null) return { problems };

  const received = inputs.residentReceived ?? given ?? today;
  const layout = (inputs.layout as TimescaleLayout | undefined) ?? (id ? 'calendar' : 'table');
  try {
    const view: View = { layout, today, received };
    if (id) view.answer = answerFor(charter, id, received, today);
    if (!id || layout === 'table') view.table = promiseTable(charter, received, today);
    return { view };
  } catch (error) {
    // A charter whose timescales count from each other in a circle, or a date the calendar cannot reach.
    return { problems: [{ path: id ? `timescales (${id})` : 'timescales', message: (error as Error).message }] };
  }
}
