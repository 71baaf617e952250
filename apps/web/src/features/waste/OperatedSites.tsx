import { useMutation } from '@apollo/client/react';
import { DISPOSAL_METHOD_LABELS, formatNumber, SITE_STATUS_LABELS } from '@lao/domain';
import { useMemo, useState } from 'react';
import { apiProblem } from '../../app/errors';
import type { SaveDisposalSiteInput, WasteProvinceSitesQuery } from '../../generated/graphql';
import { useI18n } from '../../i18n';
import { ConfirmDialog } from '../../ui/dialog';
import { ErrorAlert, Loading, StatusMessage } from '../../ui/feedback';
import { formatTonnes, NO_VALUE } from './figures';
import { ProvinceMap, type MapPoint } from './map';
import { deleteDisposalSiteMutation, provinceSitesQuery, saveDisposalSiteMutation } from './operations';
import { SiteDialog } from './SiteDialog';
import { useAllSites } from './useAllSites';

type ProvinceSite = WasteProvinceSitesQuery['disposalSites']['edges'][number]['node'];

interface OperatedSitesProps {
  laoCode: string;
  provinceCode: string;
  fiscalYear: number;
  /** The caller records Waste for this LAO (a new site may be added); each site says whether it may be changed. */
  mayAdd: boolean;
}

/** The refusal to delete a site that still receives waste, in the UI language (the API's message, else ours). */
function deleteRefusal(e: unknown, msg: (m: string) => string, fallback: string): string {
  const problem = apiProblem(e);
  if (problem.code === 'CONFLICT' && problem.extensions.reason === 'SITE_IN_USE') {
    const params = new URLSearchParams({ count: String(problem.extensions.count ?? ''), fiscalYear: String(problem.extensions.fiscalYear ?? '') });
    return problem.message ?? msg(`waste.site.inUse?${params.toString()}`);
  }
  return problem.message ?? fallback;
}

/**
 * "สถานที่กำจัดที่ อปท. ดำเนินการ": the sites this LAO runs (the province's sites, those it operates), on the province's
 * map, with who sends waste to each this year; add, change (a dialog with a pin picker) and delete where allowed.
 */
export function OperatedSites({ laoCode, provinceCode, fiscalYear, mayAdd }: OperatedSitesProps) {
  const { t, msg, lang } = useI18n();
  const query = useAllSites(provinceSitesQuery, { filter: { provinceCode }, fiscalYear }, { fetchPolicy: 'network-only' });
  const own = useMemo(() => query.sites.filter((s) => s.operator.code === laoCode), [query.sites, laoCode]);
  const [editing, setEditing] = useState<ProvinceSite | 'new' | null>(null);
  const [deleting, setDeleting] = useState<ProvinceSite | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [saveSite] = useMutation(saveDisposalSiteMutation);
  const [deleteSite, deletion] = useMutation(deleteDisposalSiteMutation);
  const points: MapPoint[] = own.map((s) => ({ id: s.id, latitude: s.latitude, longitude: s.longitude, kind: s.method, label: s.nameTh, detail: SITE_STATUS_LABELS[s.status][lang] }));

  const save = async (input: SaveDisposalSiteInput) => {
    setDone(null);
    await saveSite({ variables: { input } });
    await query.refetch();
    setDone(t(input.id ? 'waste.sites.updated' : 'waste.sites.added', { name: input.nameTh }));
  };

  const confirmDelete = async () => {
    if (!deleting) return;
    setDeleteError(null);
    try {
      await deleteSite({ variables: { id: deleting.id } });
      setDone(t('waste.sites.deleted', { name: deleting.nameTh }));
      setDeleting(null);
      await query.refetch();
    } catch (e) {
      setDeleteError(deleteRefusal(e, msg, t('app.networkError')));
    }
  };

  return (
    <section className="card waste-sites" aria-labelledby="waste-operated-title">
      <div className="card__head">
        <h2 id="waste-operated-title">{t('waste.sites.title')}</h2>
        {mayAdd && (
          <button type="button" className="button button--secondary" onClick={() => setEditing('new')} aria-haspopup="dialog">
            + {t('waste.sites.add')}
          </button>
        )}
      </div>
      <p className="muted">{t('waste.sites.intro')}</p>
      <StatusMessage className="registry__status">{done}</StatusMessage>
      <ErrorAlert>{query.problem && (query.problem.message ?? t('app.networkError'))}</ErrorAlert>
      {query.loading && query.sites.length === 0 ? (
        <Loading label={t('common.loading')} />
      ) : own.length === 0 ? (
        <p className="muted">{t('waste.sites.none')}</p>
      ) : (
        <div className="waste-sites__grid">
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">{t('waste.sites.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('waste.sites.col.name')}</th>
                  <th scope="col">{t('waste.sites.col.method')}</th>
                  <th scope="col">{t('waste.sites.col.status')}</th>
                  <th scope="col" className="num">
                    {t('waste.sites.col.capacity')}
                  </th>
                  <th scope="col" className="num">
                    {t('waste.sites.col.received')}
                  </th>
                  <th scope="col">{t('waste.sites.col.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {own.map((site) => (
                  <tr key={site.id}>
                    <th scope="row">
                      {site.nameTh}
                      <span className="muted waste-sites__coords">
                        {formatNumber(site.latitude, 5)}, {formatNumber(site.longitude, 5)}
                        {site.openedYear ? ` · ${t('waste.sites.opened', { year: site.openedYear })}` : ''}
                      </span>
                    </th>
                    <td>{DISPOSAL_METHOD_LABELS[site.method][lang]}</td>
                    <td>{SITE_STATUS_LABELS[site.status][lang]}</td>
                    <td className="num">{site.capacityTonnesPerDay != null ? formatTonnes(site.capacityTonnesPerDay) : NO_VALUE}</td>
                    <td className="num">
                      {formatTonnes(site.receivedTonnesPerDay)}
                      <span className="muted"> {t('waste.sites.clients', { count: formatNumber(site.clients.length) })}</span>
                    </td>
                    <td className="nowrap">
                      {site.editable && (
                        <>
                          <button type="button" className="button button--small button--secondary" onClick={() => setEditing(site)} aria-haspopup="dialog">
                            {t('waste.sites.edit')}
                            <span className="visually-hidden"> {site.nameTh}</span>
                          </button>{' '}
                          <button
                            type="button"
                            className="button button--small button--secondary button--danger"
                            onClick={() => {
                              setDeleteError(null);
                              setDeleting(site);
                            }}
                          >
                            {t('waste.sites.delete')}
                            <span className="visually-hidden"> {site.nameTh}</span>
                          </button>
                        </>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <ProvinceMap provinceCode={provinceCode} points={points} title={t('waste.sites.mapTitle')} />
        </div>
      )}
      {editing && (
        <SiteDialog site={editing === 'new' ? null : editing} operatorLaoCode={laoCode} provinceCode={provinceCode} onSave={save} onClose={() => setEditing(null)} />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('waste.sites.deleteTitle')}
          confirmLabel={t('waste.sites.deleteConfirm')}
          closeLabel={t('waste.cancel')}
          onConfirm={() => void confirmDelete()}
          onClose={() => setDeleting(null)}
          busy={deletion.loading}
          error={deleteError}
          danger
        >
          <p>{t('waste.sites.deleteText', { name: deleting.nameTh })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
