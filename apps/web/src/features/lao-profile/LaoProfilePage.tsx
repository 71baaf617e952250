import { useMutation, useQuery } from '@apollo/client/react';
import { formatDate, LAO_TYPE_LABELS, type ContactsForm as ContactsValues } from '@lao/domain';
import { Link, useParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { apiProblem } from '../../app/errors';
import { useI18n } from '../../i18n';
import { ErrorAlert, Loading } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { mayRecordContacts } from './access';
import { ContactsForm, type ContactsSaveResult } from './ContactsForm';
import { laoProfileQuery, updateContactsMutation } from './operations';

/** Only web addresses become links; anything else stored long ago is shown as text. */
function safeHref(url: string): string | null {
  return /^https?:\/\/[^\s]+$/i.test(url) ? url : null;
}

export function LaoProfilePage() {
  const { code = '' } = useParams();
  const { t, lang } = useI18n();
  const user = useUser();
  const { data, loading, error, refetch } = useQuery(laoProfileQuery, {
    variables: { code },
    // The form starts from what is stored now, not from an older copy.
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const [update] = useMutation(updateContactsMutation);
  const lao = data?.localAuthority;
  const name = lao ? (lang === 'en' ? lao.nameEn : lao.nameTh) : null;
  useDocumentTitle(name ?? code);

  if (loading && !lao) return <Loading label={t('common.loading')} />;
  if (error && !lao) {
    const problem = apiProblem(error);
    return (
      <section>
        <h1>{code}</h1>
        <ErrorAlert>{problem.message ?? t('app.networkError')}</ErrorAlert>
        <button type="button" className="button button--secondary" onClick={() => void refetch()}>
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

  const save = async (values: ContactsValues): Promise<ContactsSaveResult> => {
    try {
      const result = await update({ variables: { input: { laoCode: lao.code, ...values } } });
      const saved = result.data?.updateLocalAuthorityContacts;
      return {
        ok: true,
        values: saved ? { website: saved.website ?? '', infoAdmins: saved.infoAdmins ?? values.infoAdmins } : values,
      };
    } catch (e) {
      const problem = apiProblem(e);
      return { ok: false, message: problem.message, fields: problem.fields };
    }
  };

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
        {editable && lao.infoAdmins ? (
          <>
            <p className="muted">{t('lao.contactsIntro')}</p>
            <ContactsForm
              key={lao.code}
              initial={{ website: lao.website ?? '', infoAdmins: lao.infoAdmins.map(({ name, position, phone }) => ({ name, position, phone })) }}
              onSubmit={save}
            />
          </>
        ) : (
          <ContactsView website={lao.website} websiteHref={websiteHref} admins={lao.infoAdmins} editable={editable} />
        )}
      </section>
    </article>
  );
}

interface ContactsViewProps {
  website: string | null;
  websiteHref: string | null;
  admins: ReadonlyArray<{ name: string; position: string; phone: string }> | null;
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
      {admins === null ? (
        <p className="muted">{t('lao.adminsHidden')}</p>
      ) : admins.length === 0 ? (
        <p className="muted">{t('lao.noAdmins')}</p>
      ) : (
        <ol className="admin-list">
          {admins.map((admin, index) => (
            <li key={index}>
              <dl className="facts facts--compact">
                <div>
                  <dt>{t('contacts.name')}</dt>
                  <dd>{admin.name}</dd>
                </div>
                <div>
                  <dt>{t('contacts.position')}</dt>
                  <dd>{admin.position}</dd>
                </div>
                <div>
                  <dt>{t('contacts.phone')}</dt>
                  <dd>
                    <a href={`tel:${admin.phone.replace(/[^\d+]/g, '')}`}>{admin.phone}</a>
                  </dd>
                </div>
              </dl>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
