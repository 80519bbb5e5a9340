import { useStrings } from '../../../app/language';
import { LocalLink } from '../../../app/LocalLink';
import { paths } from '../../../app/paths';
import { usePageTitle } from '../../../app/title';
import { workspaceStrings } from '../strings';
import { useViewer } from '../viewer';

/** `/arbetsyta`: where the workspace starts. */
export default function HomeView() {
  const t = useStrings(workspaceStrings);
  const viewer = useViewer();
  usePageTitle(t.homeTitle, viewer.municipality?.name);
  return (
    <>
      <h1>{t.homeTitle}</h1>
      <p>{t.homeIntro}</p>
      <ul className="ws-cards">
        <li>
          <LocalLink to={paths.reporting()}>{t.reportingLink}</LocalLink>
          <p>{t.reportingDescription}</p>
        </li>
        <li>
          <LocalLink to={paths.import()}>{t.importLink}</LocalLink>
          <p>{t.importDescription}</p>
        </li>
        <li>
          <LocalLink to={paths.indicators()}>{t.indicatorsLink}</LocalLink>
          <p>{t.indicatorsDescription}</p>
        </li>
        {viewer.role === 'ADMIN' && (
          <>
            <li>
              <LocalLink to={paths.users()}>{t.usersLink}</LocalLink>
              <p>{t.usersDescription}</p>
            </li>
            <li>
              <LocalLink to={paths.apiKeys()}>{t.apiKeysLink}</LocalLink>
              <p>{t.apiKeysDescription}</p>
            </li>
            <li>
              <LocalLink to={paths.audit()}>{t.auditLink}</LocalLink>
              <p>{t.auditDescription}</p>
            </li>
          </>
        )}
      </ul>
    </>
  );
}
