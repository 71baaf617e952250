import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Observable } from 'rxjs';
import { renderWithApp } from '../../test/render';
import { indicator } from '../catalogue/fixtures';
import type { InfoIndicator } from './infoCatalogue';
import { ValuesExportCard } from './ValuesExportCard';
import { fetchInfoValues, valuesColumns } from './valuesExport';

const t = ((id: string) => id) as never;
const place = (code: string, nameTh: string) => ({ code, nameTh, nameEn: nameTh });
const lao = (code: string) => ({ ...place(code, `อบต.${code}`), district: place('1201', 'เมืองนนทบุรี'), province: place('12', 'นนทบุรี') });

/** Five LAOs, two a page, as infoValues and lpaScores page them (ordered by code, the code as the cursor). */
const CODES = ['5120101', '5120102', '5120103', '5120104', '5120105'];
function pageAfter(after: unknown) {
  const start = after ? CODES.indexOf(String(after)) + 1 : 0;
  const codes = CODES.slice(start, start + 2);
  return { codes, pageInfo: { hasNextPage: start + 2 < CODES.length, endCursor: codes.at(-1) ?? null }, totalCount: CODES.length };
}

const catalogue: InfoIndicator[] = [
  { ...served('DS03', 'DISASTER', 1, 'จำนวนรถดับเพลิง', 'INTEGER', 'คัน') },
  { ...served('DS09', 'DISASTER', 2, 'มีแผนป้องกันภัย', 'BOOLEAN', null) },
  { ...served('PH01', 'PUBLIC_HEALTH_ENVIRONMENT', 1, 'งบสาธารณสุข', 'DECIMAL', 'บาท') },
];
function served(code: string, domain: InfoIndicator['domain'], position: number, labelTh: string, valueType: InfoIndicator['valueType'], unit: string | null): InfoIndicator {
  const { section: _section, ...rest } = indicator({ code, labelTh, valueType, unit, unitEn: unit, decimals: valueType === 'DECIMAL' ? 2 : null });
  return { ...rest, linkedFrom: null, options: null, domain, position };
}

/** The API over a link: records every call; `gate` holds a page until the test lets it through. */
function api(gate?: Promise<void>) {
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const answer = (operation: string, variables: Record<string, unknown>) => {
    if (operation === 'InfoIndicators') return { infoIndicators: catalogue };
    const page = pageAfter(variables.after);
    if (operation === 'LpaScores') {
      return { lpaScores: { totalCount: page.totalCount, pageInfo: page.pageInfo, edges: page.codes.map((code) => ({ node: { laoCode: code, score: 5, status: 'LAO_CERTIFIED', complete: true } })) } };
    }
    const codes = variables.indicatorCodes as string[];
    return {
      infoValues: {
        totalCount: page.totalCount,
        pageInfo: page.pageInfo,
        edges: page.codes.map((code, i) => ({
          node: { laoCode: code, localAuthority: lao(code), values: codes.map((c) => ({ indicatorCode: c, value: c === 'DS03' ? i + 1 : c === 'DS09' ? true : null })) },
        })),
      },
    };
  };
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const name = operation.operationName ?? '';
        calls.push({ operation: name, variables: operation.variables });
        const held = gate && operation.variables.after ? gate : Promise.resolve();
        void held.then(() => {
          observer.next({ data: answer(name, operation.variables) });
          observer.complete();
        });
      }),
  );
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  const providers = (children: ReactNode) => <ApolloProvider client={client}>{children}</ApolloProvider>;
  return { client, calls, providers };
}

describe('the INFO values export', () => {
  it('fetches every page of the filter in 500s, reports progress, and joins each LAO with its status', async () => {
    const { client, calls } = api();
    const progress: [number, number][] = [];
    const rows = await fetchInfoValues(client, { fiscalYear: 2570, indicatorCodes: ['DS03'], filter: { provinceCode: '12' } }, (done, total) => progress.push([done, total]));

    expect(rows.map((r) => r.laoCode)).toEqual(CODES);
    expect(rows.every((r) => r.status === 'LAO_CERTIFIED')).toBe(true);
    expect(rows[2]!.values.get('DS03')).toBe(1);
    const valuePages = calls.filter((c) => c.operation === 'InfoValues');
    expect(valuePages.map((c) => c.variables.after)).toEqual([null, '5120102', '5120104']);
    expect(valuePages.every((c) => c.variables.first === 500 && (c.variables.filter as { provinceCode: string }).provinceCode === '12')).toBe(true);
    expect(progress).toEqual([
      [2, 5],
      [4, 5],
      [5, 5],
    ]);
  });

  it('writes one row per LAO: code, name, province, district, status, then each indicator with its unit, numbers as numbers', async () => {
    const { client } = api();
    const rows = await fetchInfoValues(client, { fiscalYear: 2570, indicatorCodes: ['DS03', 'DS09'], filter: {} }, () => undefined);
    const indicators = catalogue.slice(0, 2).map(({ domain, ...i }) => ({ ...i, section: domain }));
    const columns = valuesColumns(indicators, t, 'th');
    expect(columns.map((c) => (c.header as { value: string }).value)).toEqual([
      'registry.col.code',
      'infoProvince.col.lao',
      'registry.col.province',
      'infoProvince.col.district',
      'infoProvince.col.status',
      'จำนวนรถดับเพลิง (คัน)',
      'มีแผนป้องกันภัย',
    ]);
    const cells = columns.map((c) => c.cell(rows[1]!, 1) as { value: unknown; type: unknown } | null);
    expect(cells.slice(0, 5).map((c) => c?.value)).toEqual(['5120102', 'อบต.5120102', 'นนทบุรี', 'เมืองนนทบุรี', 'อปท. รับรองข้อมูลแล้ว']);
    expect(cells[5]).toMatchObject({ value: 2, type: Number });
    expect(cells[6]).toMatchObject({ value: 'catalogue.yes', type: String });
  });

  it('shows a progress bar while it pages in the background, and cancel stops it before the next page', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const { calls, providers } = api(gate);
    const user = userEvent.setup();
    renderWithApp(<ValuesExportCard fiscalYear={2570} filter={{}} scopeName="ทั้งประเทศ" />, { providers });

    await user.click(await screen.findByText('ด้านสาธารณภัย'));
    await user.click(screen.getByRole('checkbox', { name: 'จำนวนรถดับเพลิง (คัน)' }));
    await user.click(screen.getByRole('button', { name: 'ส่งออกค่า 1 ตัวชี้วัด' }));

    const bar = await screen.findByRole('progressbar');
    await waitFor(() => expect(bar).toHaveAttribute('value', '2'));
    expect(bar).toHaveAttribute('max', '5');
    expect(screen.getByText(/2 \/ 5/)).toBeInTheDocument();
    await user.click(within(bar.closest('.progress') as HTMLElement).getByRole('button', { name: 'ยกเลิก' }));
    release();
    expect(await screen.findByText('ยกเลิกการส่งออกแล้ว')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    // The page in flight was the last one asked for.
    expect(calls.filter((c) => c.operation === 'InfoValues').map((c) => c.variables.after)).toEqual([null, '5120102']);
  });
});
