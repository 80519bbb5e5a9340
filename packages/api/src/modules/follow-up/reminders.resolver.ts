import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { StaffRole } from '../../access/actor';
import type { Context } from '../../graphql/context';
import { Viewer } from '../account/account.resolver';
import { ConsultationResponse } from '../consultation/consultation.entity';
import { SteeringDocument } from '../steering-document/steering-document.entity';
import { UnitReport } from './follow-up.entity';
import { REVISION_NOTICE_DAYS, Reminder, ReminderKind, isRevisionDue, revisionDateOf } from './reminders.rules';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

@Resolver(() => Reminder)
export class ReminderResolver {
  @FieldResolver(() => UnitReport, { nullable: true })
  unitReport(@Root() reminder: Reminder, @Ctx() ctx: Context) {
    return reminder.unitReportId ? ctx.loaders.UnitReportByIdLoader.load(reminder.unitReportId) : null;
  }

  @FieldResolver(() => SteeringDocument, { nullable: true })
  steeringDocument(@Root() reminder: Reminder, @Ctx() ctx: Context) {
    return reminder.steeringDocumentId ? ctx.loaders.SteeringDocumentByIdLoader.load(reminder.steeringDocumentId) : null;
  }

  @FieldResolver(() => ConsultationResponse, { nullable: true })
  consultationResponse(@Root() reminder: Reminder, @Ctx() ctx: Context) {
    return reminder.consultationResponseId ? ctx.loaders.ConsultationResponseByIdLoader.load(reminder.consultationResponseId) : null;
  }
}

@Resolver(() => Viewer)
export class ViewerRemindersResolver {
  @FieldResolver(() => [Reminder], {
    description:
      'For staff: late reports and reports to submit of your units (ADMIN: of all units, and submitted reports to review), documents you own due for revision, consultations your units have not answered; earliest due first. Empty for viewers, API keys and anonymous callers.',
  })
  async reminders(@Ctx() ctx: Context): Promise<Reminder[]> {
    const { actor } = ctx.access;
    if (actor.kind !== 'user' || actor.role === StaffRole.VIEWER) return [];
    const units = actor.role === StaffRole.ADMIN ? null : actor.unitIds;
    const rows = await ctx.services.followUp.remindersFor(actor.municipalityId, units, actor.role === StaffRole.ADMIN);
    const pending = await ctx.services.consultation.pendingResponses(actor.municipalityId, units);
    const today = isoDay(new Date());
    for (const { response, deadline, documentTitle } of pending) {
      rows.push({
        kind: ReminderKind.CONSULTATION_TO_ANSWER,
        title: `Remiss av ${documentTitle}`,
        dueDate: deadline,
        overdue: deadline < today,
        unitReportId: null,
        steeringDocumentId: null,
        consultationResponseId: response.id,
      });
    }
    return rows.sort((a, b) => (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999')).map((row) => Object.assign(new Reminder(), row));
  }
}

@Resolver(() => SteeringDocument)
export class SteeringDocumentRevisionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Decision date + revision interval (revideras senast), ISO date; null without both.' })
  revisionDate(@Root() document: SteeringDocument): string | null {
    return revisionDateOf(document);
  }

  @FieldResolver(() => Boolean, { description: `Adopted, and its revision date or valid-until is within ${REVISION_NOTICE_DAYS} days or past: time to revise it.` })
  revisionDue(@Root() document: SteeringDocument): boolean {
    return isRevisionDue(document);
  }
}
