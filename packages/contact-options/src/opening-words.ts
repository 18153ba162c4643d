/**
 * What a channel's opening state should say, as data: the element picks the
 * words ("Open now, closes at 5pm", "Closed, opens Monday at 8:30am").
 */
import { daysBetween, londonInstant, type LocalMoment, type OpeningState } from '@cx-kit/core';

/** Within this many minutes of closing, a channel is "closing soon". */
export const CLOSING_SOON_MINUTES = 30;

/** How a moment relates to today: the words differ ("at 1pm", "tomorrow at", "Monday at", "Tuesday 29 December at"). */
export type DayRelation = 'today' | 'tomorrow' | 'this-week' | 'later';

export type OpeningPhrase =
  | { kind: 'always' }
  | { kind: 'open'; closes: LocalMoment; day: DayRelation; closingSoon: boolean }
  | { kind: 'closed'; opens?: LocalMoment; day?: DayRelation; closedFor?: string };

export function dayRelation(today: string, date: string): DayRelation {
  const days = daysBetween(today, date);
  if (days <= 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days <= 6) return 'this-week';
  return 'later';
}

/** The phrase for a state at `nowMs` (epoch ms), whose London date is `today`. */
export function openingPhrase(state: OpeningState, nowMs: number, today: string): OpeningPhrase {
  if (state.always) return { kind: 'always' };
  if (state.open && state.closesAt) {
    const minutesLeft = (londonInstant(state.closesAt.date, state.closesAt.time).getTime() - nowMs) / 60_000;
    return { kind: 'open', closes: state.closesAt, day: dayRelation(today, state.closesAt.date), closingSoon: minutesLeft <= CLOSING_SOON_MINUTES };
  }
  const phrase: OpeningPhrase = { kind: 'closed' };
  if (state.opensAt) {
    phrase.opens = state.opensAt;
    phrase.day = dayRelation(today, state.opensAt.date);
  }
  if (state.closedFor) phrase.closedFor = state.closedFor;
  return phrase;
}
