/** Reminders and revision flags (issue 13): pure rules and the Reminder type. */
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { SteeringDocumentStatus, type SteeringDocument } from '../steering-document/steering-document.entity';

/** Days before a document's revision date or valid-until from which it is flagged. */
export const REVISION_NOTICE_DAYS = 60;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/** decisionDate + revisionIntervalMonths, or null. */
export function revisionDateOf(document: Pick<SteeringDocument, 'decisionDate' | 'revisionIntervalMonths'>): string | null {
  if (!document.decisionDate || !document.revisionIntervalMonths) return null;
  const [year, month, day] = document.decisionDate.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1 + document.revisionIntervalMonths, 1));
  // The same day of the month, or the month's last day (2024-01-31 + 1 month = 2024-02-29).
  const last = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
  date.setUTCDate(Math.min(day, last));
  return isoDay(date);
}

/** The earlier of the revision date and valid-until, or null. */
export function revisionDueDateOf(document: Pick<SteeringDocument, 'decisionDate' | 'revisionIntervalMonths' | 'validUntil'>): string | null {
  const dates = [revisionDateOf(document), document.validUntil].filter((d): d is string => Boolean(d)).sort();
  return dates[0] ?? null;
}

/** An adopted document whose revision date or valid-until is within REVISION_NOTICE_DAYS days, or past. */
export function isRevisionDue(document: Pick<SteeringDocument, 'status' | 'decisionDate' | 'revisionIntervalMonths' | 'validUntil'>, today: Date = new Date()): boolean {
  const due = revisionDueDateOf(document);
  if (document.status !== SteeringDocumentStatus.ADOPTED || !due) return false;
  const notice = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + REVISION_NOTICE_DAYS));
  return due <= isoDay(notice);
}

export enum ReminderKind {
  UNIT_REPORT_LATE = 'UNIT_REPORT_LATE',
  UNIT_REPORT_TO_SUBMIT = 'UNIT_REPORT_TO_SUBMIT',
  UNIT_REPORT_TO_REVIEW = 'UNIT_REPORT_TO_REVIEW',
  DOCUMENT_REVISION_DUE = 'DOCUMENT_REVISION_DUE',
  CONSULTATION_TO_ANSWER = 'CONSULTATION_TO_ANSWER',
}
registerEnumType(ReminderKind, {
  name: 'ReminderKind',
  description:
    'UNIT_REPORT_LATE a report of your units (all units for ADMIN) past its deadline; UNIT_REPORT_TO_SUBMIT one to submit; UNIT_REPORT_TO_REVIEW a submitted report to return or approve (ADMIN); DOCUMENT_REVISION_DUE a document you own whose revision date or valid-until is within 60 days or past; CONSULTATION_TO_ANSWER a consultation your unit has not answered.',
});

@ObjectType({ description: 'Something a staff member should do, with the object it is about.' })
export class Reminder {
  @Field(() => ReminderKind)
  kind: ReminderKind;

  @Field({ description: 'In Swedish, e.g. "Uppföljning 2025-T1 av Integrationsstrategi 2018: Gymnasie- och arbetsmarknadsnämnden".' })
  title: string;

  @Field(() => String, { nullable: true, description: 'The deadline, revision date or valid-until (ISO date).' })
  dueDate: string | null;

  @Field({ description: 'The due date has passed.' })
  overdue: boolean;

  unitReportId: string | null;
  steeringDocumentId: string | null;
  consultationResponseId: string | null;
}
