import { useI18n } from '../../i18n';

/** An INFO administrator as the caller may see one: the phone is personal data, null when masked for this caller. */
export interface InfoAdminView {
  name: string;
  position: string;
  phone: string | null;
}

/** Were any phone numbers masked for this caller? Then the list cannot be sent back: `infoAdmins` replaces it whole. */
export function phonesHidden(admins: readonly InfoAdminView[] | null | undefined): boolean {
  return admins?.some((admin) => admin.phone === null) ?? false;
}

/** The administrators, read-only; a masked phone says so rather than showing nothing. */
export function AdminList({ admins }: { admins: readonly InfoAdminView[] }) {
  const { t } = useI18n();
  if (admins.length === 0) return <p className="muted">{t('lao.noAdmins')}</p>;
  return (
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
                {admin.phone === null ? (
                  <span className="muted">{t('lao.phoneHidden')}</span>
                ) : (
                  <a href={`tel:${admin.phone.replace(/[^\d+]/g, '')}`}>{admin.phone}</a>
                )}
              </dd>
            </div>
          </dl>
        </li>
      ))}
    </ol>
  );
}
