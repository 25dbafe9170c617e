import type { ActionItem } from '../domain/action-item';
import type { Client, Contact } from '../domain/client';
import type { IsoDate } from '../domain/months';
import type { Initiative } from '../domain/initiative';
import type { Meeting } from '../domain/meeting';
import type { PrepPackSection } from '../domain/prep-pack';
import type { AlignmentReview } from '../domain/review';
import type { SinceLastMeeting } from '../domain/since-last-meeting';
import type { BudgetExportInput } from './budget-export-input';

/** What a meeting's agenda and summary are built from. */
export interface MeetingExportInput {
  client: Client;
  meeting: Meeting;
  /** The client's contacts who attend, in the meeting's order. */
  attendees: Contact[];
  /** The action items that came out of this meeting. */
  actionItems: ActionItem[];
  today: IsoDate;
}

/** The agenda: the meeting, and whether the client's questionnaire follows it. */
export interface MeetingAgendaInput extends MeetingExportInput {
  includeQuestionnaire: boolean;
}

/** What a prep pack is built from: the meeting, and the client's records each section draws on. */
export interface PrepPackInput extends MeetingExportInput {
  sinceLastMeeting: SinceLastMeeting | null;
  /** Every open action item of the client, from any meeting. */
  openActionItems: ActionItem[];
  budget: BudgetExportInput;
  initiatives: Initiative[];
  reviews: AlignmentReview[];
}

/** A prep pack to print: its records and the sections the consultant chose, in their order. */
export interface PrepPackDocumentInput extends PrepPackInput {
  sections: readonly PrepPackSection[];
}
