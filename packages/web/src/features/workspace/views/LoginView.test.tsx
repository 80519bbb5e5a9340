import { renderToStaticMarkup } from 'react-dom/server';
import { ErrorSummary } from '../components/ErrorSummary';
import { Field } from '../components/Field';
import { minutesIn } from '../messages';
import { workspaceStrings } from '../strings';
import { loginErrors } from './LoginView';

describe('the login form', () => {
  const t = workspaceStrings.sv;

  it("says the API's throttling in words, with the minutes", () => {
    expect(minutesIn('Too many failed logins. Try again in 5 minutes.')).toBe(5);
    expect(loginErrors([{ field: null, code: 'TOO_MANY_ATTEMPTS', message: 'Too many failed logins. Try again in 1 minute.' }], t)).toEqual({
      form: 'För många misslyckade inloggningar. Försök igen om 1 minut.',
    });
    expect(loginErrors([{ field: null, code: 'LOGIN_FAILED', message: 'Wrong email or password.' }], workspaceStrings.en)).toEqual({
      form: 'The email address or the password is not right',
    });
    expect(loginErrors([{ field: 'email', code: 'REQUIRED', message: 'email: required' }], t)).toEqual({ email: 'email: required' });
  });

  it('links each problem of the summary to its field, and the field names its message', () => {
    const summary = renderToStaticMarkup(<ErrorSummary title={t.errorSummaryTitle} items={[{ fieldId: 'login-email', message: t.emailRequired }]} />);
    expect(summary).toContain('href="#login-email"');
    expect(summary).toContain('role="alert"');
    expect(renderToStaticMarkup(<ErrorSummary title="x" items={[]} />)).toBe('');
    const field = renderToStaticMarkup(<Field id="login-email" label={t.email} hint="hint" error={t.emailRequired} readOnly value="" />);
    expect(field).toContain('aria-describedby="login-email-hint login-email-error"');
    expect(field).toContain('aria-invalid="true"');
    expect(field).toContain('<label class="field__label" for="login-email">E-postadress</label>');
  });
});
