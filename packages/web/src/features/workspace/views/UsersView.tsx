import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useLanguage, useStrings } from '../../../app/language';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { UnitChecks } from '../components/UnitChecks';
import type { StaffRole } from '../gql/graphql';
import { requestFailure } from '../messages';
import { CreateUserMutation, UpdateUserMutation, UsersQuery } from '../queries';
import { workspaceStrings, type WorkspaceStrings } from '../strings';
import { useViewer } from '../viewer';

const ROLES: readonly StaffRole[] = ['VIEWER', 'EDITOR', 'ADMIN'];

type Errors = Partial<Record<'name' | 'email' | 'role' | 'unitIds' | 'form', string>>;

/** Payload errors to the fields they name; the rest to the form. */
function fieldErrors(errors: ReadonlyArray<{ field?: string | null; code: string; message: string }>, t: WorkspaceStrings, sv: boolean): Errors {
  const result: Errors = {};
  for (const e of errors) {
    const field = e.field as keyof Errors | null | undefined;
    const message = sv ? (t.errorCode[e.code as keyof WorkspaceStrings['errorCode']] ?? e.message) : e.message;
    if (field && ['name', 'email', 'role', 'unitIds'].includes(field)) result[field] = message;
    else result.form = message;
  }
  return result;
}

function summaryOf(errors: Errors, prefix: string): SummaryItem[] {
  return (['form', 'name', 'email', 'role', 'unitIds'] as const)
    .filter((key) => errors[key])
    .map((key) => ({ fieldId: key === 'form' ? `${prefix}-name` : key === 'unitIds' ? `${prefix}-units` : `${prefix}-${key}`, message: errors[key]! }));
}

function RoleSelect({ id, value, onChange, t, error }: { id: string; value: StaffRole; onChange: (role: StaffRole) => void; t: WorkspaceStrings; error?: string }) {
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t.roleLabel}
      </label>
      {error && (
        <span className="ws-error-message" id={`${id}-error`}>
          {error}
        </span>
      )}
      <select id={id} className="field__input" value={value} aria-describedby={error ? `${id}-error` : undefined} onChange={(event) => onChange(event.target.value as StaffRole)}>
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t.role[role]}
          </option>
        ))}
      </select>
    </div>
  );
}

/** `/arbetsyta/anvandare` (ADMIN): the users of the municipality, searched and paged; add one; change role and units. */
export default function UsersView() {
  const t = useStrings(workspaceStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  usePageTitle(t.usersTitle, viewer.municipality?.name);
  const [search, setSearch] = useState('');
  const [applied, setApplied] = useState<string | null>(null);
  const { data, loading, error, refetch, fetchMore } = useQuery(UsersQuery, {
    variables: { search: applied, municipalityId: viewer.municipality?.id ?? '' },
    skip: !viewer.municipality,
    fetchPolicy: 'cache-and-network',
  });
  const [createUser, { loading: creating }] = useMutation(CreateUserMutation);
  const [updateUser, { loading: updating }] = useMutation(UpdateUserMutation);
  const [draft, setDraft] = useState({ name: '', email: '', role: 'EDITOR' as StaffRole, unitIds: [] as string[] });
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<{ name: string; password: string | null } | null>(null);
  const [editing, setEditing] = useState<{ id: string; name: string; version: number; role: StaffRole; unitIds: string[] } | null>(null);
  const [editErrors, setEditErrors] = useState<Errors>({});
  const [notice, setNotice] = useState('');
  const units = data?.organisationUnits.nodes ?? [];
  const when = (iso: string | null | undefined) =>
    iso ? new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : t.never;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const local: Errors = {};
    if (draft.name.trim() === '') local.name = t.nameRequired;
    if (draft.email.trim() === '') local.email = t.emailRequired;
    if (local.name || local.email) return setErrors(local);
    try {
      const result = await createUser({
        variables: { input: { name: draft.name.trim(), email: draft.email.trim(), role: draft.role, unitIds: draft.role === 'EDITOR' ? draft.unitIds : [] } },
      });
      const payload = result.data?.createUser;
      if (!payload?.user) return setErrors(fieldErrors(payload?.errors ?? [], t, language === 'sv'));
      setErrors({});
      setCreated({ name: payload.user.name, password: payload.initialPassword ?? null });
      setDraft({ name: '', email: '', role: 'EDITOR', unitIds: [] });
      await refetch();
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    }
  };

  const saveEdit = async (event: FormEvent) => {
    event.preventDefault();
    if (!editing) return;
    try {
      const result = await updateUser({
        variables: { input: { id: editing.id, version: editing.version, role: editing.role, unitIds: editing.role === 'EDITOR' ? editing.unitIds : [] } },
      });
      const payload = result.data?.updateUser;
      if (!payload?.user) return setEditErrors(fieldErrors(payload?.errors ?? [], t, language === 'sv'));
      setEditErrors({});
      setNotice(t.userSaved(editing.name));
      setEditing(null);
      await refetch();
    } catch (failure) {
      setEditErrors({ form: requestFailure(failure, t) });
    }
  };

  if (viewer.role !== 'ADMIN') return <p>{t.usersIntro}</p>;
  const users = data?.users.edges.map((edge) => edge.node) ?? [];

  return (
    <div className="ws-wide">
      <h1>{t.usersTitle}</h1>
      <p className="ws-lead">{t.usersIntro}</p>

      <form
        className="ws-period"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setApplied(search.trim() === '' ? null : search.trim());
        }}
      >
        <Field id="user-search" label={t.search} type="search" value={search} onChange={(event) => setSearch(event.target.value)} />
        <button type="submit" className="button button--secondary">
          {t.searchButton}
        </button>
      </form>

      <p role="status">{notice}</p>
      {loading && !data ? (
        <LoadingState />
      ) : error && !data ? (
        <ErrorState error={error} onRetry={() => refetch()} />
      ) : (
        <>
          <div className="ws-grid-wrap" role="region" aria-labelledby="users-caption" tabIndex={0}>
            <table className="ws-table">
              <caption id="users-caption">{t.usersCaption(data?.users.totalCount ?? 0)}</caption>
              <thead>
                <tr>
                  <th scope="col">{t.name}</th>
                  <th scope="col">{t.email}</th>
                  <th scope="col">{t.roleLabel}</th>
                  <th scope="col">{t.units}</th>
                  <th scope="col">{t.lastLogin}</th>
                  <th scope="col">{t.actions}</th>
                </tr>
              </thead>
              <tbody>
                {users.map((user) => (
                  <tr key={user.id}>
                    <th scope="row">
                      {user.name}
                      {user.disabledAt ? ` (${t.disabled})` : ''}
                    </th>
                    <td>{user.email}</td>
                    <td>{user.role ? t.role[user.role] : t.operator}</td>
                    <td>{user.units.map((unit) => unit.name).join(', ')}</td>
                    <td>{when(user.lastLoginAt)}</td>
                    <td>
                      {user.role && (
                        <button
                          type="button"
                          className="button button--secondary ws-small"
                          aria-label={t.edit(user.name)}
                          onClick={() => {
                            setEditErrors({});
                            setEditing({ id: user.id, name: user.name, version: user.version, role: user.role!, unitIds: user.units.map((u) => u.id) });
                          }}
                        >
                          {t.editLabel}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {data?.users.pageInfo.hasNextPage && (
            <button type="button" className="button button--secondary" onClick={() => void fetchMore({ variables: { after: data.users.pageInfo.endCursor } })}>
              {t.showMore}
            </button>
          )}
        </>
      )}

      {editing && (
        <section className="ws-section" aria-labelledby="edit-user-title">
          <h2 id="edit-user-title">{t.editTitle(editing.name)}</h2>
          <ErrorSummary title={t.errorSummaryTitle} items={summaryOf(editErrors, 'edit')} />
          <form className="ws-form" noValidate onSubmit={(event) => void saveEdit(event)}>
            <RoleSelect id="edit-role" value={editing.role} onChange={(role) => setEditing({ ...editing, role })} t={t} error={editErrors.role} />
            {editing.role === 'EDITOR' && (
              <UnitChecks
                idPrefix="edit-units"
                legend={t.unitsForEditors}
                units={units}
                value={editing.unitIds}
                error={editErrors.unitIds}
                onChange={(unitIds) => setEditing({ ...editing, unitIds })}
              />
            )}
            <div className="ws-actions">
              <button type="submit" className="button" disabled={updating}>
                {t.saveUser}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setEditing(null)}>
                {t.cancel}
              </button>
            </div>
          </form>
        </section>
      )}

      {created && (
        <section className="ws-notice ws-notice--ok" aria-labelledby="created-user-title">
          <h2 id="created-user-title">{t.initialPasswordTitle(created.name)}</h2>
          {created.password && (
            <>
              <p>{t.initialPasswordBody}</p>
              <p>
                <code className="ws-key" data-testid="initial-password">
                  {created.password}
                </code>
              </p>
            </>
          )}
        </section>
      )}

      <section className="ws-section" aria-labelledby="create-user-title">
        <h2 id="create-user-title">{t.createUserTitle}</h2>
        <ErrorSummary title={t.errorSummaryTitle} items={summaryOf(errors, 'new-user')} focusKey={attempt} />
        <form className="ws-form" noValidate onSubmit={(event) => void submit(event)}>
          <Field id="new-user-name" label={t.name} value={draft.name} error={errors.name} onChange={(event) => setDraft({ ...draft, name: event.target.value })} />
          <Field
            id="new-user-email"
            label={t.email}
            type="email"
            spellCheck={false}
            value={draft.email}
            error={errors.email}
            onChange={(event) => setDraft({ ...draft, email: event.target.value })}
          />
          <RoleSelect id="new-user-role" value={draft.role} onChange={(role) => setDraft({ ...draft, role })} t={t} error={errors.role} />
          {draft.role === 'EDITOR' && (
            <UnitChecks
              idPrefix="new-user-units"
              legend={t.unitsForEditors}
              units={units}
              value={draft.unitIds}
              error={errors.unitIds}
              onChange={(unitIds) => setDraft({ ...draft, unitIds })}
            />
          )}
          <button type="submit" className="button" disabled={creating}>
            {t.createUser}
          </button>
        </form>
      </section>
    </div>
  );
}
