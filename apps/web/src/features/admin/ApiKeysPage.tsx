import { useState } from 'react';
import { localName, useI18n } from '../../i18n';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { useDocumentTitle } from '../../ui/useDocumentTitle';
import { useProvinces } from '../registry/useProvinces';
import { ApiKeysTable } from './ApiKeysTable';
import { CreateKeyForm } from './CreateKeyForm';
import { NewKey } from './NewKey';
import { useApiKeys } from './useApiKeys';

/** Partner agencies' keys: create one (modules, province, expiry), see each key's use, revoke it. */
export default function ApiKeysPage() {
  const { t, lang } = useI18n();
  useDocumentTitle(t('menu.apiKeys'));
  const keys = useApiKeys();
  const { provinces, provinceOptions } = useProvinces('');
  const [created, setCreated] = useState<{ name: string; key: string } | null>(null);

  const provinceName = (code: string) => {
    const province = provinces.find((p) => p.code === code);
    return province ? localName(province, lang) : code;
  };

  return (
    <section className="admin-keys">
      <header className="page-header">
        <h1>{t('keys.title')}</h1>
        <p className="page-header__sub">{t('keys.intro')}</p>
      </header>

      {created ? (
        <NewKey name={created.name} apiKey={created.key} onDismiss={() => setCreated(null)} />
      ) : (
        <CreateKeyForm
          provinceOptions={provinceOptions}
          onCreated={(name, key) => {
            keys.clearStatus();
            setCreated({ name, key });
            keys.refetch();
          }}
        />
      )}

      <StatusMessage>{keys.status}</StatusMessage>
      <ErrorAlert>{keys.problem}</ErrorAlert>
      <ErrorAlert>{keys.listProblem}</ErrorAlert>
      {keys.loading ? (
        <Loading label={t('common.loading')} />
      ) : (
        <ApiKeysTable keys={keys.keys} provinceName={provinceName} onRevoke={(id, name) => void keys.revoke(id, name)} />
      )}
    </section>
  );
}
