import { formatDate, LAO_TYPE_LABELS } from '@lao/domain';
import { Link, useParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { ErrorAlert, Loading } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { mayRecordContacts } from './access';
import { AdminList, phonesHidden, type InfoAdminView } from './AdminList';
import { ContactsForm } from './ContactsForm';
import { knownPhones, useLaoProfile } from './useLaoProfile';

/** Only web addresses become links; anything else stored long ago is shown as text. */
function safeHref(url: string): string | null {
  return /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

export function LaoProfilePage() {
  const { code = '' } = useParams();
  const { t, lang } = useI18n();
  const user = useUser();
  const { lao, loading, error, refetch, save } = useLaoProfile(code);
  const name = lao ? (lang === 'en' ? lao.nameEn : lao.nameTh) : null;
  useDocumentTitle(name ?? code);

  if (loading && !lao) return <Loading label={t('common.loading')} />;
  if (error && !lao) {
    const problem = apiProblem(error);
    return (
      <section>
        <h1>{code}</h1>
        <ErrorAlert>{problem.message ?? t('app.networkError')}</ErrorAlert>
        <button type="button" className="button button--secondary" onClick={refetch}>
          {t('app.retry')}
        </button>
      </section>
    );
  }
  if (!lao) {
    return (
      <section>
        <h1>{t('lao.notFound', { code })}</h1>
        <p>
          <Link to="/registry">{t('lao.backToRegistry')}</Link>
        </p>
      </section>
    );
  }

  const editable = mayRecordContacts(user, { code: lao.code, provinceCode: lao.province.code });
  const typeLabel = LAO_TYPE_LABELS[lao.type][lang];
  const province = lang === 'en' ? lao.province.nameEn : lao.province.nameTh;
  const district = lao.district ? (lang === 'en' ? lao.district.nameEn : lao.district.nameTh) : '—';
  const websiteHref = lao.website ? safeHref(lao.website) : null;

  const admins = lao.infoAdmins;
  // A masked phone cannot be sent back as if it were typed, and infoAdmins replaces the list: such a caller edits the website only.
  const adminsLocked = phonesHidden(admins);

  return (
    <article className="lao-profile">
      <nav className="breadcrumb" aria-label="breadcrumb">
        <ol>
          <li>
            <Link to="/registry">{t('registry.title')}</Link>
          </li>
          <li>
            <Link to={`/registry?province=${lao.province.code}`}>{province}</Link>
          </li>
          <li aria-current="page">{name}</li>
        </ol>
      </nav>
      <header className="page-header">
        <h1>{name}</h1>
        <p className="page-header__sub">
          {typeLabel} · {t('lao.code')} <span className="code">{lao.code}</span>
        </p>
      </header>

      <section className="card">
        <h2 id="facts-title">{t('lao.registryFacts')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('lao.code')}</dt>
            <dd className="code">{lao.code}</dd>
          </div>
          <div>
            <dt>{t('lao.nameTh')}</dt>
            <dd lang="th">{lao.nameTh}</dd>
          </div>
          <div>
            <dt>{t('lao.nameEn')}</dt>
            <dd lang="en">{lao.nameEn}</dd>
          </div>
          <div>
            <dt>{t('lao.type')}</dt>
            <dd>{typeLabel}</dd>
          </div>
          <div>
            <dt>{t('lao.province')}</dt>
            <dd>{province}</dd>
          </div>
          <div>
            <dt>{t('lao.district')}</dt>
            <dd>{district}</dd>
          </div>
          <div>
            <dt>{t('lao.website')}</dt>
            <dd>
              {websiteHref ? (
                <a href={websiteHref} target="_blank" rel="noopener noreferrer">
                  {lao.website}
                </a>
              ) : (
                (lao.website ?? <span className="muted">{t('lao.noWebsite')}</span>)
              )}
            </dd>
          </div>
          <div>
            <dt>{t('lao.updatedAt')}</dt>
            <dd>{formatDate(lao.updatedAt, lang, true)}</dd>
          </div>
        </dl>
      </section>

      <section className="card">
        <h2 id="contacts-title">{t('lao.contacts')}</h2>
        {editable && admins ? (
          <>
            <p className="muted">{t('lao.contactsIntro')}</p>
            {adminsLocked ? (
              <ContactsForm key={`${lao.code}-locked`} initial={{ website: lao.website ?? '' }} lockedAdmins={admins} onSubmit={save} />
            ) : (
              <ContactsForm key={lao.code} initial={{ website: lao.website ?? '', infoAdmins: knownPhones(admins) }} onSubmit={save} />
            )}
          </>
        ) : (
          <ContactsView website={lao.website} websiteHref={websiteHref} admins={admins} editable={editable} />
        )}
      </section>
    </article>
  );
}

interface ContactsViewProps {
  website: string | null;
  websiteHref: string | null;
  admins: readonly InfoAdminView[] | null;
  editable: boolean;
}

function ContactsView({ website, websiteHref, admins, editable }: ContactsViewProps) {
  const { t } = useI18n();
  return (
    <div className="contacts-view">
      {!editable && (
        <p className="note" role="note">
          {t('lao.readOnly')}
        </p>
      )}
      <dl className="facts">
        <div>
          <dt>{t('contacts.website')}</dt>
          <dd>
            {websiteHref ? (
              <a href={websiteHref} target="_blank" rel="noopener noreferrer">
                {website}
              </a>
            ) : (
              (website ?? <span className="muted">{t('lao.noWebsite')}</span>)
            )}
          </dd>
        </div>
      </dl>
      <h3>{t('contacts.admins')}</h3>
      {admins === null ? <p className="muted">{t('lao.adminsHidden')}</p> : <AdminList admins={admins} />}
    </div>
  );
}
