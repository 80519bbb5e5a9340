import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { NavLink, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { clearApiProblem, useApiProblem } from '../../../app/apiProblems';
import { useStrings } from '../../../app/language';
import { LocalLink, useLocalPath } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { ErrorState, LoadingState } from '../../../components/StatusViews';
import { LogoutMutation, ViewerQuery } from '../queries';
import { activityStrings } from '../activityStrings';
import { agreementStrings } from '../agreementStrings';
import { followUpStrings } from '../followUpStrings';
import { partnerStrings } from '../partnerStrings';
import { steeringStrings } from '../steeringStrings';
import { workspaceStrings } from '../strings';
import { ViewerProvider, type Viewer } from '../viewer';
import '../workspace.css';

/**
 * The frame of every workspace page: guarded by `me` (a caller who is not logged in goes to the
 * login form, which comes back to this address), a bar with the person, their municipality and
 * role, the workspace's navigation, and the prompt to log in again when the session ends.
 */
export default function WorkspaceLayout() {
  const t = useStrings(workspaceStrings);
  const p = useStrings(partnerStrings);
  const ag = useStrings(agreementStrings);
  const ac = useStrings(activityStrings);
  const sd = useStrings(steeringStrings);
  const fu = useStrings(followUpStrings);
  const location = useLocation();
  const local = useLocalPath();
  const navigate = useNavigate();
  const client = useApolloClient();
  const problem = useApiProblem();
  const { data, loading, error, refetch } = useQuery(ViewerQuery, { fetchPolicy: 'network-only' });
  const [logout, { loading: loggingOut }] = useMutation(LogoutMutation);
  const here = `${location.pathname}${location.search}`;

  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => refetch()} />;
  const user = data?.me.user;
  if (!user) return <Navigate to={local(paths.login(here))} replace />;
  const viewer: Viewer = { ...user, municipality: data.me.municipality };
  const roleLabel = user.role ? t.role[user.role] : t.operator;

  const onLogout = async () => {
    try {
      await logout();
    } finally {
      await client.clearStore();
      clearApiProblem();
      void navigate(local(paths.login()), { replace: true });
    }
  };

  return (
    <ViewerProvider value={viewer}>
      <div className="ws-bar">
        <p className="ws-bar__who">
          <span className="visually-hidden">{t.loggedInAs} </span>
          <strong>{user.name}</strong>
          <span>
            {roleLabel}
            {viewer.municipality ? `, ${viewer.municipality.name}` : ''}
          </span>
        </p>
        <nav aria-label={t.workspaceNav} className="ws-nav">
          <ul>
            <li>
              <NavLink end to={local(paths.workspace())}>
                {t.workspace}
              </NavLink>
            </li>
            <li>
              <NavLink to={local(paths.reporting())}>{t.reportingLink}</NavLink>
            </li>
            <li>
              <NavLink to={local(paths.followUp())}>{fu.followUpLink}</NavLink>
            </li>
            <li>
              <NavLink to={local(paths.import())}>{t.importLink}</NavLink>
            </li>
            <li>
              <NavLink to={local(paths.indicators())}>{t.indicatorsLink}</NavLink>
            </li>
            <li>
              <NavLink to={local(paths.steeringDocuments())}>{sd.documentsLink}</NavLink>
            </li>
            <li>
              <NavLink to={local(paths.activities())}>{ac.activitiesLink}</NavLink>
            </li>
            <li>
              <NavLink to={local(paths.workspacePartners())}>{p.partnersLink}</NavLink>
            </li>
            <li>
              <NavLink to={local(paths.agreements())}>{ag.agreementsLink}</NavLink>
            </li>
            {user.role === 'ADMIN' && (
              <>
                <li>
                  <NavLink to={local(paths.users())}>{t.usersLink}</NavLink>
                </li>
                <li>
                  <NavLink to={local(paths.apiKeys())}>{t.apiKeysLink}</NavLink>
                </li>
                <li>
                  <NavLink to={local(paths.audit())}>{t.auditLink}</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
        <button type="button" className="button button--secondary ws-bar__logout" onClick={() => void onLogout()} disabled={loggingOut}>
          {t.logOut}
        </button>
      </div>
      {problem === 'UNAUTHENTICATED' && (
        <div className="ws-notice ws-notice--error" role="alertdialog" aria-labelledby="session-expired-title" aria-describedby="session-expired-body">
          <p id="session-expired-title" className="ws-notice__title">
            {t.sessionExpiredTitle}
          </p>
          <p id="session-expired-body">{t.sessionExpiredBody}</p>
          <LocalLink className="button" to={paths.login(here)} state={{ sessionExpired: true }}>
            {t.logInAgain}
          </LocalLink>
        </div>
      )}
      {(problem === 'RATE_LIMITED' || problem === 'DATABASE_UNAVAILABLE') && (
        <div className="ws-notice" role="status">
          <p>{problem === 'RATE_LIMITED' ? t.rateLimited : t.unavailable}</p>
        </div>
      )}
      <Outlet />
    </ViewerProvider>
  );
}
