import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useLanguage, useStrings } from '../../../app/language';
import { usePageTitle } from '../../../app/title';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import type { ApiKeyScope } from '../gql/graphql';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { UnitChecks } from '../components/UnitChecks';
import { requestFailure } from '../messages';
import { ApiKeysQuery, CreateApiKeyMutation, RevokeApiKeyMutation } from '../queries';
import { workspaceStrings } from '../strings';
import { useViewer } from '../viewer';

const SCOPES: readonly ApiKeyScope[] = ['READ', 'WRITE_MEASUREMENTS', 'WRITE_PLANS'];

type FormErrors = { name?: string; scopes?: string; unitIds?: string; form?: string };

/** `/arbetsyta/api-nycklar` (ADMIN): create a key (shown once, with a copy button), list, revoke. */
export default function ApiKeysView() {
  const t = useStrings(workspaceStrings);
  const { language } = useLanguage();
  const viewer = useViewer();
  usePageTitle(t.apiKeysTitle, viewer.municipality?.name);
  const { data, loading, error, refetch } = useQuery(ApiKeysQuery, {
    variables: { municipalityId: viewer.municipality?.id ?? '' },
    skip: !viewer.municipality,
    fetchPolicy: 'cache-and-network',
  });
  const [create, { loading: creating }] = useMutation(CreateApiKeyMutation);
  const [revoke] = useMutation(RevokeApiKeyMutation);
  const [name, setName] = useState('');
  const [scopes, setScopes] = useState<ApiKeyScope[]>(['READ']);
  const [unitIds, setUnitIds] = useState<string[]>([]);
  const [errors, setErrors] = useState<FormErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [notice, setNotice] = useState('');

  const when = (iso: string | null | undefined) =>
    iso ? new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso)) : t.never;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const local: FormErrors = {};
    if (name.trim() === '') local.name = t.keyNameRequired;
    if (scopes.length === 0) local.scopes = t.scopesRequired;
    if (local.name || local.scopes) return setErrors(local);
    try {
      const result = await create({ variables: { input: { name: name.trim(), scopes, unitIds: unitIds.length > 0 ? unitIds : null } } });
      const payload = result.data?.createApiKey;
      if (!payload || payload.errors.length > 0 || !payload.key) {
        const next: FormErrors = {};
        for (const e of payload?.errors ?? []) {
          if (e.field === 'name' || e.field === 'scopes' || e.field === 'unitIds') next[e.field] = e.message;
          else next.form = e.message;
        }
        return setErrors(next);
      }
      setErrors({});
      setCreated({ name: payload.apiKey?.name ?? name, key: payload.key });
      setCopied(false);
      setName('');
      setUnitIds([]);
      setScopes(['READ']);
      await refetch();
    } catch (failure) {
      setErrors({ form: requestFailure(failure, t) });
    }
  };

  const onRevoke = async (id: string, keyName: string) => {
    try {
      const result = await revoke({ variables: { input: { id } } });
      const problem = result.data?.revokeApiKey.errors[0];
      setNotice(problem ? problem.message : t.revoked(keyName));
      await refetch();
    } catch (failure) {
      setNotice(requestFailure(failure, t));
    }
  };

  const copy = async () => {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.key);
      setCopied(true);
    } catch {
      // No clipboard (permissions): the key stays selectable on the page.
      setCopied(false);
    }
  };

  const summary: SummaryItem[] = [
    errors.form ? { fieldId: 'key-name', message: errors.form } : null,
    errors.name ? { fieldId: 'key-name', message: errors.name } : null,
    errors.scopes ? { fieldId: 'key-scope-READ', message: errors.scopes } : null,
    errors.unitIds ? { fieldId: 'key-units', message: errors.unitIds } : null,
  ].filter((item): item is SummaryItem => item !== null);

  if (viewer.role !== 'ADMIN') return <p>{t.apiKeysIntro}</p>;
  const units = data?.organisationUnits.nodes ?? [];

  return (
    <div className="ws-wide">
      <h1>{t.apiKeysTitle}</h1>
      <p className="ws-lead">{t.apiKeysIntro}</p>

      {created && (
        <section className="ws-notice ws-notice--ok" aria-labelledby="new-key-title">
          <h2 id="new-key-title">{t.newKeyTitle}</h2>
          <p>{t.newKeyBody}</p>
          <p>
            <strong>{created.name}</strong>
          </p>
          <p>
            <code className="ws-key" data-testid="new-api-key">
              {created.key}
            </code>
          </p>
          <button type="button" className="button button--secondary" onClick={() => void copy()}>
            {t.copy}
          </button>
          <span role="status" className="ws-copied">
            {copied ? t.copied : ''}
          </span>
        </section>
      )}

      <section aria-labelledby="create-key-title" className="ws-section">
        <h2 id="create-key-title">{t.createKeyTitle}</h2>
        <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={attempt} />
        <form className="ws-form" noValidate onSubmit={(event) => void submit(event)}>
          <Field id="key-name" label={t.keyName} hint={t.keyNameHint} value={name} error={errors.name} onChange={(event) => setName(event.target.value)} />
          <fieldset className="ws-fieldset" aria-describedby={errors.scopes ? 'key-scopes-error' : undefined}>
            <legend className="field__label">{t.scopesLegend}</legend>
            {errors.scopes && (
              <span className="ws-error-message" id="key-scopes-error">
                {errors.scopes}
              </span>
            )}
            {SCOPES.map((scope) => (
              <div className="ws-check" key={scope}>
                <input
                  type="checkbox"
                  id={`key-scope-${scope}`}
                  checked={scopes.includes(scope)}
                  onChange={(event) => setScopes((current) => (event.target.checked ? [...current, scope] : current.filter((s) => s !== scope)))}
                />
                <label htmlFor={`key-scope-${scope}`}>{t.scope[scope]}</label>
              </div>
            ))}
          </fieldset>
          <UnitChecks idPrefix="key-units" legend={t.unitsLegend} hint={t.unitsHint} error={errors.unitIds} units={units} value={unitIds} onChange={setUnitIds} />
          <button type="submit" className="button" disabled={creating} aria-busy={creating}>
            {creating ? t.creatingKey : t.createKey}
          </button>
        </form>
      </section>

      <section aria-labelledby="keys-title" className="ws-section">
        <h2 id="keys-title">{t.keysTableCaption}</h2>
        <p role="status">{notice}</p>
        {loading && !data ? (
          <LoadingState />
        ) : error && !data ? (
          <ErrorState error={error} onRetry={() => refetch()} />
        ) : (
          <div className="ws-grid-wrap" role="region" aria-labelledby="keys-title" tabIndex={0}>
            <table className="ws-table">
              <thead>
                <tr>
                  <th scope="col">{t.keyName}</th>
                  <th scope="col">{t.keyPrefix}</th>
                  <th scope="col">{t.scopes}</th>
                  <th scope="col">{t.units}</th>
                  <th scope="col">{t.created}</th>
                  <th scope="col">{t.lastUsed}</th>
                  <th scope="col">{t.state}</th>
                  <th scope="col">{t.actions}</th>
                </tr>
              </thead>
              <tbody>
                {(data?.apiKeys.nodes ?? []).map((key) => (
                  <tr key={key.id}>
                    <th scope="row">{key.name}</th>
                    <td>
                      <code>{key.prefix}…</code>
                    </td>
                    <td>{key.scopes.map((scope) => t.scope[scope]).join(', ')}</td>
                    <td>{key.units.length === 0 ? t.allUnits : key.units.map((unit) => unit.name).join(', ')}</td>
                    <td>{when(key.createdAt)}</td>
                    <td>{when(key.lastUsedAt)}</td>
                    <td>{key.revokedAt ? t.revokedAt(when(key.revokedAt)) : t.active}</td>
                    <td>
                      {!key.revokedAt && (
                        <button type="button" className="button button--secondary ws-small" aria-label={t.revoke(key.name)} onClick={() => void onRevoke(key.id, key.name)}>
                          {t.revokeLabel}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
