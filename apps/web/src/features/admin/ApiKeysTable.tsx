import { formatDate, PLATFORM_MODULE_LABELS, PLATFORM_MODULES } from '@lao/domain';
import type { ApiKeyRowFragment } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { USAGE_DAYS } from './apiKeyOperations';
import { KeyUsage } from './KeyUsage';

interface ApiKeysTableProps {
  keys: readonly ApiKeyRowFragment[];
  /** A province's name by its code (the registry's provinces). */
  provinceName: (code: string) => string;
  onRevoke: (id: string, name: string) => void;
  now?: Date;
}

/** The partner keys: what each may read (modules, province, until when), when it was last used, and its use per day. */
export function ApiKeysTable({ keys, provinceName, onRevoke, now = new Date() }: ApiKeysTableProps) {
  const { t, lang } = useI18n();
  const columns = [
    t('keys.col.name'),
    t('keys.col.prefix'),
    t('keys.col.modules'),
    t('keys.col.province'),
    t('keys.col.created'),
    t('keys.col.expires'),
    t('keys.col.lastUsed'),
    t('keys.col.status'),
    t('keys.col.usage', { days: USAGE_DAYS }),
    t('keys.col.actions'),
  ];
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('menu.apiKeys')}</caption>
        <thead>
          <tr>
            {columns.map((label) => (
              <th key={label} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const expired = key.expiresAt !== null && new Date(key.expiresAt).getTime() <= now.getTime();
            return (
              <tr key={key.id} className={key.revokedAt ? 'is-revoked' : undefined} data-key={key.keyPrefix}>
                <td>{key.name}</td>
                <td className="code">{key.keyPrefix}…</td>
                <td className="key-modules">
                  {key.rights.length === PLATFORM_MODULES.length ? t('keys.allModules') : key.rights.map((r) => PLATFORM_MODULE_LABELS[r.module][lang]).join(', ')}
                </td>
                <td>{key.provinceCode ? provinceName(key.provinceCode) : t('keys.nationwide')}</td>
                <td>
                  {formatDate(key.createdAt, lang, true)}
                  {key.createdBy && <span className="muted"> · {key.createdBy}</span>}
                </td>
                <td>{key.expiresAt ? formatDate(key.expiresAt, lang) : <span className="muted">{t('keys.noExpiry')}</span>}</td>
                <td>{key.lastUsedAt ? formatDate(key.lastUsedAt, lang, true) : <span className="muted">{t('keys.never')}</span>}</td>
                <td>
                  {key.revokedAt ? (
                    <span className="badge badge--off">{t('keys.revokedAt', { date: formatDate(key.revokedAt, lang) })}</span>
                  ) : expired ? (
                    <span className="badge badge--off">{t('keys.expired')}</span>
                  ) : (
                    <span className="badge badge--ok">{t('keys.activeStatus')}</span>
                  )}
                </td>
                <td>
                  <KeyUsage name={key.name} usage={key.usage} />
                </td>
                <td>
                  {!key.revokedAt && (
                    <button
                      type="button"
                      className="button button--small button--danger"
                      onClick={() => onRevoke(key.id, key.name)}
                      aria-label={`${t('keys.revoke')} ${key.name}`}
                    >
                      {t('keys.revoke')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
          {keys.length === 0 && (
            <tr>
              <td colSpan={columns.length} className="table__empty">
                {t('keys.empty')}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
