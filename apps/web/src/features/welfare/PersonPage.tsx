import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useLocation, useParams } from 'react-router-dom';
import { useUser } from '../../app/auth';
import { localName, useI18n } from '../../i18n';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { readsAccessLog, readsPersonal, recordsFor } from './access';
import { AccessLog } from './AccessLog';
import { BeneficiaryHistory } from './BeneficiaryHistory';
import { EditDialog } from './EditDialog';
import { allowanceLabel, BeneficiaryStatusBadge, personName } from './format';
import { welfareLaoQuery } from './operations';
import { PersonDetails } from './PersonDetails';
import { RevealDialog } from './RevealDialog';
import { EndDialog, StatusDialog } from './StatusDialogs';
import { usePerson, type PersonData } from './usePerson';
import { WelfareCrumbs } from './WelfareCrumbs';
import './welfare.css';

type Open = 'reveal' | 'edit' | 'SUSPEND' | 'RESUME' | 'end' | null;
type Done = 'edit' | 'SUSPEND' | 'RESUME' | 'end' | 'registered' | null;

/**
 * One person's enrolment (/welfare/lao/:laoCode/person/:id): details as the API answers them (masked without the
 * right), revealing the full ID for a stated purpose, editing, suspending, resuming and ending (for those who
 * record for the LAO), the history of changes, and who viewed the record (for the LAO and the department).
 */
export default function PersonPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const person = usePerson(id);
  if (person.loading) return <Loading label={t('common.loading')} />;
  if (!person.data) {
    return (
      <section>
        <h1>{t('welfare.person.title')}</h1>
        <ErrorAlert>{person.missing ? t('welfare.person.notFound') : (person.loadProblem?.message ?? t('app.networkError'))}</ErrorAlert>
        {!person.missing && (
          <button type="button" className="button button--secondary" onClick={person.retry}>
            {t('app.retry')}
          </button>
        )}
      </section>
    );
  }
  return <Person data={person.data} person={person} />;
}

function Person({ data, person }: { data: PersonData; person: ReturnType<typeof usePerson> }) {
  const { t, lang } = useI18n();
  const user = useUser();
  const location = useLocation();
  const lao = useQuery(welfareLaoQuery, { variables: { code: data.laoCode }, fetchPolicy: 'cache-first' }).data?.localAuthority;
  const [open, setOpen] = useState<Open>(null);
  const [done, setDone] = useState<Done>((location.state as { registered?: boolean } | null)?.registered ? 'registered' : null);
  const [revealedId, setRevealedId] = useState<string | null>(null);
  const name = personName(data.person);
  useDocumentTitle(`${name} · ${t('welfare.module')}`);

  // Changing a person's record needs the right to read it: a masked record is never edited blind.
  const mayRecord = lao ? recordsFor(user, { code: lao.code, provinceCode: lao.province.code }) && readsPersonal(user) && data.status !== 'ENDED' : false;
  const finish = (what: Exclude<Done, null>) => () => {
    setOpen(null);
    setDone(what);
  };

  return (
    <article className="welfare-person">
      {lao && <WelfareCrumbs lao={lao} current={name} />}
      <header className="page-header page-header--row">
        <div>
          <p className="page-header__eyebrow">{t('welfare.module')}</p>
          <h1>{name}</h1>
          <p className="page-header__sub">
            {allowanceLabel(data.allowanceType, lang)} · <BeneficiaryStatusBadge status={data.status} lang={lang} />
            {lao && ` · ${localName(lao, lang)}`}
          </p>
        </div>
        {mayRecord && (
          <div className="page-header__actions welfare-person__actions">
            <button type="button" className="button button--secondary" onClick={() => setOpen('edit')}>
              {t('welfare.edit.open')}
            </button>
            {data.status === 'ACTIVE' && (
              <button type="button" className="button button--secondary" onClick={() => setOpen('SUSPEND')}>
                {t('welfare.suspend.open')}
              </button>
            )}
            {data.status === 'SUSPENDED' && (
              <button type="button" className="button button--secondary" onClick={() => setOpen('RESUME')}>
                {t('welfare.resume.open')}
              </button>
            )}
            <button type="button" className="button button--secondary button--danger" onClick={() => setOpen('end')}>
              {t('welfare.end.open')}
            </button>
          </div>
        )}
      </header>

      <StatusMessage className="registry__status">{done && t(`welfare.done.${done}`)}</StatusMessage>
      {!readsPersonal(user) && <p className="note">{t('welfare.person.masked')}</p>}

      <PersonDetails
        person={data}
        revealedId={revealedId}
        revealAction={
          readsPersonal(user) && (
            <button type="button" className="button button--small button--secondary" onClick={() => setOpen('reveal')}>
              {t('welfare.reveal.open')}
            </button>
          )
        }
      />

      <section className="card" aria-labelledby="person-history-title">
        <h2 id="person-history-title">{t('welfare.history.title')}</h2>
        <BeneficiaryHistory events={data.history} />
      </section>

      {readsAccessLog(user) && <AccessLog subjectId={data.id} />}

      {open === 'reveal' && (
        <RevealDialog
          onReveal={person.reveal}
          onRevealed={(nationalId) => {
            setRevealedId(nationalId);
            setOpen(null);
          }}
          onClose={() => setOpen(null)}
        />
      )}
      {open === 'edit' && <EditDialog person={data} onSave={person.update} onDone={finish('edit')} onClose={() => setOpen(null)} />}
      {(open === 'SUSPEND' || open === 'RESUME') && (
        <StatusDialog id={data.id} name={name} action={open} onSave={open === 'SUSPEND' ? person.suspend : person.resume} onDone={finish(open)} onClose={() => setOpen(null)} />
      )}
      {open === 'end' && <EndDialog id={data.id} name={name} onSave={person.end} onDone={finish('end')} onClose={() => setOpen(null)} />}
    </article>
  );
}
