import { ESERVICE_SIDES, formatNumber, type Lang } from '@lao/domain';
import type { EServiceSurveyQuery } from '../../generated/graphql';
import type { I18n } from '../../i18n';
import { formatMoment } from '../../ui/dates';
import type { MissingSection } from '../certification/missing';
import type { FormatTime, PanelWords } from '../certification/panelWords';
import type { SideState } from './SideNav';

type SurveySide = EServiceSurveyQuery['eServiceSurvey']['sides'][number];

/** Moments as every module writes them ("7 พ.ย. 2565 16:29", Bangkok time, Buddhist Era): one format with INFO. */
export const formatSurveyTime: FormatTime = (at, lang) => formatMoment(at, lang);

/** The kit's certification panel in the survey manual's words (seed 002). */
export const ESERVICE_PANEL_WORDS: Partial<PanelWords> = {
  status: 'es.laoStatus',
  laoCertifiedAt: 'es.laoCertifiedWhen',
  provinceCertifiedAt: 'es.provinceCertifiedWhen',
  certify: 'es.certify',
  certifyHint: 'es.certifyHint',
  confirmCertifyTitle: 'es.certify',
  confirmCertifyText: 'es.confirmCertifyText',
  confirmCertify: 'es.confirmCertify',
  confirmWithdrawTitle: 'es.withdraw',
  confirmWithdrawText: 'es.confirmWithdrawText',
  confirmWithdraw: 'es.withdraw',
  returnText: 'es.returnText',
  returnSubmit: 'es.return',
  reopenText: 'es.reopenText',
  reopenSubmit: 'es.reopen',
  reason: 'es.reason',
  reasonHint: 'es.reasonHint',
  close: 'es.cancel',
  done: { CERTIFY: 'es.done.CERTIFY', WITHDRAW: 'es.done.WITHDRAW', RETURN: 'es.done.RETURN', REOPEN: 'es.done.REOPEN' },
  goTo: 'es.goToSide',
};

/** ?side= 1–6 as the section navigation reads it. */
export const SIDES: readonly number[] = ESERVICE_SIDES;

/** Each side's state as the API answers it: complete, saved, how many items are not answered yet. */
export function sideStates(sides: readonly SurveySide[], lang: Lang): SideState[] {
  return sides.map((s) => ({
    side: s.side,
    title: lang === 'en' ? s.titleEn : s.titleTh,
    complete: s.complete,
    savedAt: s.savedAt ?? null,
    unanswered: s.items.filter((i) => i.offered === null || i.offered === undefined).length,
    total: s.items.length,
  }));
}

/** The sides the API answers incomplete, for the panel's list: why each is (not saved, or how many items are left). */
export function surveyMissing(sides: readonly SideState[], t: I18n['t']): MissingSection[] {
  return sides
    .filter((s) => !s.complete)
    .map((s) => ({
      section: String(s.side),
      label: `${t('es.sideNo', { side: s.side })} ${s.title}`,
      short: t('es.sideNo', { side: s.side }),
      items: [],
      note: s.savedAt ? t('es.sideLeft', { count: formatNumber(s.unanswered) }) : t('es.sideNotSaved'),
    }));
}
