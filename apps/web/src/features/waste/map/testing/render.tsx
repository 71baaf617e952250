import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../../../i18n';

/** Renders a map in Thai (the maps need only the i18n provider). */
export function renderMap(ui: ReactElement) {
  return render(<I18nProvider initialLang="th">{ui}</I18nProvider>);
}

/** Gives an element the size it would have on screen (jsdom lays nothing out). */
export function layOut(element: Element, width: number, height: number, left = 0, top = 0) {
  element.getBoundingClientRect = () =>
    ({ x: left, y: top, left, top, width, height, right: left + width, bottom: top + height, toJSON: () => ({}) }) as DOMRect;
}
