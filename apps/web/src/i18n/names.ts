import type { Lang } from '@lao/domain';

/** A place's or an LAO's name in the UI language. */
export function localName(named: { nameTh: string; nameEn: string }, lang: Lang): string {
  return lang === 'en' ? named.nameEn : named.nameTh;
}
