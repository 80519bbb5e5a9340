import { useQuery } from '@apollo/client/react';
import { useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { RemindersQuery } from '../followUpQueries';
import { followUpStrings } from '../followUpStrings';
import { Badge } from './FollowUpBadges';

/**
 * The reminders of the person logged in (`Viewer.reminders`): late reports and reports to submit of
 * their units (an admin: all, and reports to review), documents due for revision, consultations to
 * answer; earliest due first. Each a symbol and a word; a report links to its page, a consultation to
 * its answer page, a document due for revision to its editor.
 */
export function Reminders() {
  const f = useStrings(followUpStrings);
  const { data, loading, error, refetch } = useQuery(RemindersQuery, { fetchPolicy: 'cache-and-network' });
  const reminders = data?.me.reminders ?? [];
  return (
    <section className="ws-section fu-reminders" aria-labelledby="reminders-title">
      <h2 id="reminders-title">{f.remindersTitle}</h2>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : reminders.length === 0 ? (
        <p>{f.noReminders}</p>
      ) : (
        <ul className="ws-list">
          {reminders.map((reminder, index) => (
            <li key={`${reminder.kind}:${reminder.unitReport?.id ?? reminder.consultationResponse?.id ?? reminder.steeringDocument?.id ?? index}`}>
              <Badge label={f.reminderKind[reminder.kind]} kind={reminder.overdue ? 'late' : reminder.kind} />
              {': '}
              {reminder.unitReport ? (
                <LocalLink to={paths.unitReport(reminder.unitReport.id)} lang="sv">
                  {reminder.title}
                </LocalLink>
              ) : reminder.kind === 'CONSULTATION_TO_ANSWER' && reminder.consultationResponse?.consultation ? (
                <LocalLink to={paths.consultation(reminder.consultationResponse.consultation.steeringDocument.id, reminder.consultationResponse.consultation.id)} lang="sv">
                  {reminder.title}
                </LocalLink>
              ) : reminder.kind === 'DOCUMENT_REVISION_DUE' && reminder.steeringDocument ? (
                <LocalLink to={paths.steeringDocumentEditor(reminder.steeringDocument.id)} lang="sv">
                  {reminder.title}
                </LocalLink>
              ) : (
                <span lang="sv">{reminder.title}</span>
              )}
              {reminder.dueDate && <> ({reminder.overdue ? f.overdue(reminder.dueDate) : f.due(reminder.dueDate)})</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
