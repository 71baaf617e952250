import { DISPOSAL_METHOD_LABELS, formatNumber } from '@lao/domain';
import { useId, useMemo, useState } from 'react';
import type { WasteSiteFieldsFragment } from '../../generated/graphql';
import { localName, useI18n } from '../../i18n';
import { Dialog } from '../../ui/dialog';
import { ErrorAlert, Loading } from '../../ui/feedback';
import { FilterSelect, SearchField } from '../../ui/filters';
import { useProvinces } from '../registry/useProvinces';
import { operatingSitesQuery } from './operations';
import { useAllSites } from './useAllSites';

export type WasteSite = WasteSiteFieldsFragment;

interface SitePickerProps {
  /** The LAO's province: its sites are listed first. */
  provinceCode: string;
  /** Sites already named (shown, not offered again). */
  chosen: ReadonlySet<string>;
  onPick: (site: WasteSite) => void;
  onClose: () => void;
}

/** Free text matches a site's name, its operator's name or code, and its method. */
function matches(site: WasteSite, words: string[]): boolean {
  if (words.length === 0) return true;
  const haystack = [site.nameTh, site.operator.nameTh, site.operator.nameEn, site.operator.code, DISPOSAL_METHOD_LABELS[site.method].th, DISPOSAL_METHOD_LABELS[site.method].en]
    .join(' ')
    .toLowerCase();
  return words.every((w) => haystack.includes(w));
}

/**
 * "Add a site": the operating disposal sites of the LAO's province, or of another province or all of them, searchable
 * by name, operator or method. Another province's list loads only when chosen.
 */
export function SitePicker({ provinceCode, chosen, onPick, onClose }: SitePickerProps) {
  const { t, lang } = useI18n();
  const listId = useId();
  const [province, setProvince] = useState(provinceCode);
  const [search, setSearch] = useState('');
  const { provinceOptions } = useProvinces(province);
  const query = useAllSites(operatingSitesQuery, { filter: { provinceCode: province || null, status: 'OPERATING' } });
  const shown = useMemo(() => {
    const words = search.trim().toLowerCase().split(/\s+/).filter(Boolean);
    return query.sites.filter((s) => matches(s, words));
  }, [query.sites, search]);

  return (
    <Dialog title={t('waste.picker.title')} onClose={onClose} className="waste-dialog waste-picker">
      <div className="dialog__body">
        <div className="filters waste-picker__filters">
          <FilterSelect label={t('waste.picker.province')} value={province} options={provinceOptions} allLabel={t('waste.picker.allProvinces')} onChange={setProvince} />
          <SearchField label={t('waste.picker.search')} hint={t('waste.picker.searchHint')} value={search} onChange={setSearch} />
        </div>
        <ErrorAlert>{query.problem && (query.problem.message ?? t('app.networkError'))}</ErrorAlert>
        <p className="muted" role="status">
          {query.loading ? t('waste.picker.loading') : t('waste.picker.count', { count: formatNumber(shown.length) })}
        </p>
        {query.loading && query.sites.length === 0 ? (
          <Loading label={t('common.loading')} />
        ) : (
          <ul className="waste-picker__list" id={listId} aria-label={t('waste.picker.title')}>
            {shown.map((site) => {
              const taken = chosen.has(site.id);
              return (
                <li key={site.id} className="waste-picker__item">
                  <div>
                    <strong>{site.nameTh}</strong>
                    <span className="muted">
                      {' '}
                      · {DISPOSAL_METHOD_LABELS[site.method][lang]} · {t('waste.sites.operator', { name: localName(site.operator, lang) })} · {localName(site.province, lang)}
                    </span>
                  </div>
                  <button type="button" className="button button--small button--secondary" disabled={taken} onClick={() => onPick(site)}>
                    {taken ? t('waste.picker.taken') : t('waste.picker.pick')}
                    <span className="visually-hidden"> {site.nameTh}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {!query.loading && shown.length === 0 && <p className="muted">{t('waste.picker.empty')}</p>}
      </div>
      <div className="dialog__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
    </Dialog>
  );
}
