import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { clearApiProblem } from '../../../app/apiProblems';
import { useStrings } from '../../../app/language';
import { useLocalPath } from '../../../app/LocalLink';
import { paths, safeReturnPath } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { ErrorSummary, type SummaryItem } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { minutesIn, requestFailure } from '../messages';
import { LoginMutation } from '../queries';
import { workspaceStrings, type WorkspaceStrings } from '../strings';
import '../workspace.css';

type Errors = { email?: string; password?: string; form?: string };

/** The API's refusal in the reader's words, at the field it names (or the whole form). */
export function loginErrors(errors: ReadonlyArray<{ field?: string | null; code: string; message: string }>, t: WorkspaceStrings): Errors {
  const result: Errors = {};
  for (const error of errors) {
    if (error.code === 'TOO_MANY_ATTEMPTS') result.form = t.tooManyAttempts(minutesIn(error.message));
    else if (error.code === 'LOGIN_FAILED') result.form = t.loginFailed;
    else if (error.field === 'email') result.email = error.message;
    else if (error.field === 'password') result.password = error.message;
    else result.form = error.message;
  }
  return result;
}

/** `/arbetsyta/logga-in?tillbaka=…`: the login form; afterwards back to where the person was. */
export default function LoginView() {
  const t = useStrings(workspaceStrings);
  usePageTitle(t.loginTitle, t.workspace);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const local = useLocalPath();
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LoginMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [attempt, setAttempt] = useState(0);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const missing: Errors = {};
    if (email.trim() === '') missing.email = t.emailRequired;
    if (password === '') missing.password = t.passwordRequired;
    if (missing.email || missing.password) return setErrors(missing);
    try {
      const { data } = await login({ variables: { input: { email: email.trim(), password } } });
      const payload = data?.login;
      if (!payload || payload.errors.length > 0 || !payload.user) {
        setErrors(loginErrors(payload?.errors ?? [], t));
        return;
      }
      clearApiProblem();
      await client.clearStore();
      void navigate(safeReturnPath(params.get('tillbaka')) ?? local(paths.workspace()), { replace: true });
    } catch (error) {
      setErrors({ form: requestFailure(error, t) });
    }
  };

  const summary: SummaryItem[] = [
    errors.form ? { fieldId: 'login-email', message: errors.form } : null,
    errors.email ? { fieldId: 'login-email', message: errors.email } : null,
    errors.password ? { fieldId: 'login-password', message: errors.password } : null,
  ].filter((item): item is SummaryItem => item !== null);

  return (
    <div className="ws-narrow">
      <h1>{t.loginTitle}</h1>
      <p>{t.loginIntro}</p>
      <ErrorSummary title={t.errorSummaryTitle} items={summary} focusKey={attempt} />
      <form className="ws-form" noValidate onSubmit={(event) => void submit(event)}>
        <Field
          id="login-email"
          label={t.email}
          type="email"
          name="email"
          autoComplete="username"
          spellCheck={false}
          value={email}
          error={errors.email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Field
          id="login-password"
          label={t.password}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          error={errors.password}
          onChange={(event) => setPassword(event.target.value)}
        />
        <button type="submit" className="button" disabled={loading} aria-busy={loading}>
          {loading ? t.loggingIn : t.logIn}
        </button>
      </form>
    </div>
  );
}
