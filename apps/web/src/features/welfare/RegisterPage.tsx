import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { localName, useI18n } from '../../i18n';
import { Forbidden } from '../../ui/Forbidden';
import { ErrorAlert, Loading } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { UnsavedChangesDialog, useUnsavedGuard } from '../certification/useUnsavedGuard';
import { recordsFor } from './access';
import { welfarePaths } from './module';
import { welfareLaoQuery } from './operations';
import { RegistrationForm } from './RegistrationForm';
import { useRegistration } from './useRegistration';
import { WelfareCrumbs } from './WelfareCrumbs';
import './welfare.css';

/** /welfare/lao/:laoCode/register: registering a person for an allowance, for those who record for the LAO. */
export default function RegisterPage() {
  const { laoCode = '' } = useParams();
  const { t, lang } = useI18n();
  const user = useUser();
  const lao = useQuery(welfareLaoQuery, { variables: { code: laoCode }, fetchPolicy: 'cache-first' });
  const place = lao.data?.localAuthority;
  useDocumentTitle(place ? `${t('welfare.reg.title')} · ${localName(place, lang)}` : null);

  if (lao.loading && !place) return <Loading label={t('common.loading')} />;
  if (!place) return <ErrorAlert>{lao.error ? t('app.networkError') : t('welfare.lao.unknown', { code: laoCode })}</ErrorAlert>;
  if (!recordsFor(user, { code: place.code, provinceCode: place.province.code })) return <Forbidden />;
  return (
    <article className="welfare-register">
      <WelfareCrumbs lao={place} current={t('welfare.reg.title')} />
      <header className="page-header">
        <p className="page-header__eyebrow">{t('welfare.module')}</p>
        <h1>{t('welfare.reg.title')}</h1>
        <p className="page-header__sub">{t('welfare.reg.sub', { lao: localName(place, lang) })}</p>
      </header>
      <Registration laoCode={place.code} />
    </article>
  );
}

function Registration({ laoCode }: { laoCode: string }) {
  const navigate = useNavigate();
  const guard = useUnsavedGuard();
  const { t } = useI18n();
  const { setDirty } = guard;
  const state = useRegistration(laoCode, (id) => {
    setDirty(false);
    navigate(welfarePaths.person(laoCode, id), { state: { registered: true } });
  });
  const dirty = state.form.formState.isDirty;
  useEffect(() => setDirty(dirty), [dirty, setDirty]);
  return (
    <>
      <p className="muted">{t('welfare.reg.intro')}</p>
      <RegistrationForm laoCode={laoCode} state={state} cancelHref={welfarePaths.lao(laoCode)} />
      <UnsavedChangesDialog guard={guard} section={t('welfare.reg.title')} />
    </>
  );
}
