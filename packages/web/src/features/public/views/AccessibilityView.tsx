import { useLanguage } from '../../../app/language';
import { usePageTitle } from '../../../app/title';
import { accessibilityStrings } from './staticStrings';

/** `/tillganglighet`: the accessibility statement (tillgänglighetsredogörelse), in DIGG's form. */
export default function AccessibilityView() {
  const { language } = useLanguage();
  const t = accessibilityStrings[language];
  usePageTitle(t.title);
  return (
    <div className="page page--prose">
      <div className="page-intro">
        <h1 className="page-intro__title">{t.title}</h1>
        <p className="page-intro__lead">{t.lead}</p>
      </div>
      {t.sections.map((section) => (
        <section key={section.heading}>
          <h2>{section.heading}</h2>
          {section.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          {section.list && (
            <ul>
              {section.list.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
      <section>
        <h2>{t.reportHeading}</h2>
        <p>{t.report}</p>
        <p>{t.reportLink}</p>
      </section>
      <section>
        <h2>{t.supervisionHeading}</h2>
        <p>{t.supervision}</p>
        <p>
          <a href="https://www.digg.se/tdosanmalan" rel="external">
            {t.supervisionLink}
          </a>
        </p>
      </section>
      <p className="note">{t.updated}</p>
    </div>
  );
}
