/**
 * What the tracker shows, whichever API it came from. The Open311 and cx-kit
 * clients each map their answers onto this one shape, so the element renders
 * one thing and tests can check the mapping without a browser.
 */
import type { Open311Outcome, TrackerStatusCode } from './status-words.js';

/** One thing that happened to the request. */
export interface TimelineEvent {
  /** An ISO 8601 instant, as the server sent it. */
  at: string;
  status?: TrackerStatusCode;
  /** What happened, in the council's words; empty when the server gave none. */
  text: string;
  /** The complaint stage it belongs to, when the server says. */
  stage?: 1 | 2;
}

/** One stage of a complaint and its dates (ISO dates or instants, as the server sent them). */
export interface ComplaintStageDates {
  stage: 1 | 2;
  /** Stage 1: the complaint arrived; stage 2: the review was asked for. */
  receivedAt: string;
  acknowledgeBy?: string;
  respondBy?: string;
  answeredAt?: string;
}

/** A contact for the team dealing with the request. */
export interface TrackerTeam {
  name: string;
  phone?: string;
  email?: string;
}

export interface TrackedRequest {
  api: 'open311' | 'cx';
  reference: string;
  service?: { id?: string; name: string };
  status: TrackerStatusCode;
  /** Open311's extended status, when the server sent one. */
  outcome?: Open311Outcome;
  /** Open311 `status_notes`: the council's own note on the status. */
  statusNotes?: string;
  /** Complaint stage, or null for anything that is not a complaint. */
  stage: 1 | 2 | null;
  /** A complaint's stages so far, in order, each with its dates (one reference through both). */
  stages?: ComplaintStageDates[];
  /** When the council received it (ISO 8601 instant). */
  receivedAt?: string;
  /** When it was last updated (ISO 8601 instant). */
  updatedAt?: string;
  /** Oldest first. */
  events: TimelineEvent[];
  /** Dates the server worked out itself (ISO dates or instants). */
  acknowledgeBy?: string;
  respondBy?: string;
  /** The server's own estimate of when it will be done (Open311 `expected_datetime`, cx `expectedBy`). */
  expectedBy?: string;
  team?: TrackerTeam;
  /** The server's own verdict; when absent the tracker works it out from the dates. */
  overdue?: boolean;
  /** Open311 `agency_responsible`. */
  agency?: string;
  /** Open311 `address`: where the problem is (public on an Open311 server). */
  address?: string;
}
