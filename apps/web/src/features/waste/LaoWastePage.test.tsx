import { defaultRights, wasteFigures, wasteParts, WASTE_SECTIONS, type IndicatorValue } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useAuth } from '../../app/auth';
import { fakeApi, session } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import LaoWastePage from './LaoWastePage';

const LAO = '7400101';
const number = (code: string, section: string, position: number, labelTh: string, unit: string, valueType = 'DECIMAL') => ({
  __typename: 'WasteIndicator',
  code,
  section,
  position,
  labelTh,
  labelEn: labelTh,
  unit,
  unitEn: unit,
  valueType,
  required: true,
  linkedFrom: null,
  options: null,
  min: 0,
  max: 20_000,
  decimals: valueType === 'DECIMAL' ? 2 : null,
  maxLength: null,
  hintTh: null,
  hintEn: null,
});
const CATALOGUE = [
  number('WC01', 'COLLECTION', 1, 'จำนวนประชากรในพื้นที่', 'คน', 'INTEGER'),
  number('WC05', 'COLLECTION', 2, 'ปริมาณขยะมูลฝอยที่เกิดขึ้น', 'ตัน/วัน'),
  number('WC06', 'COLLECTION', 3, 'ปริมาณขยะมูลฝอยที่เก็บขนได้', 'ตัน/วัน'),
  number('WS04', 'SEPARATION_RECYCLING', 1, 'ปริมาณขยะรีไซเคิลที่นำกลับมาใช้ประโยชน์', 'ตัน/ปี'),
  number('WF04', 'FEES_COSTS', 1, 'ค่าใช้จ่ายในการดำเนินงาน', 'บาท/ปี'),
];
const place = { __typename: 'Province', code: '74', nameTh: 'สมุทรสาคร', nameEn: 'Samut Sakhon' };

/** A small Waste API: stored values, completeness and figures computed as the API does, every save answering the report. */
function fakeWaste() {
  const values = new Map<string, IndicatorValue>([['WC01', 10_000]]);
  const report = () => {
    const sections = WASTE_SECTIONS.map((section) => {
      const own = CATALOGUE.filter((i) => i.section === section);
      const missing = own.filter((i) => !values.has(i.code)).map((i) => i.code);
      return { __typename: 'WasteReportSection', section, complete: missing.length === 0, missing, savedAt: null, values: own.map((i) => ({ __typename: 'IndicatorValueModel', indicatorCode: i.code, value: values.get(i.code) ?? null })) };
    });
    return {
      __typename: 'WasteReport',
      module: 'WASTE',
      laoCode: LAO,
      fiscalYear: 2570,
      status: 'DRAFT',
      complete: false,
      laoCertifiedAt: null,
      provinceCertifiedAt: null,
      updatedAt: null,
      editable: true,
      allowedActions: [],
      windowOpen: true,
      opensAt: '2026-09-30T17:00:00Z',
      closesAt: '2027-06-15T16:59:59Z',
      history: [],
      localAuthority: { __typename: 'LocalAuthority', code: LAO, nameTh: 'องค์การบริหารส่วนตำบลทดสอบ', nameEn: 'Test SAO', type: 'SAO', province: place, district: null },
      sections,
      disposal: [],
      figures: { __typename: 'WasteFigures', ...wasteFigures(wasteParts(values, null)) },
      warnings: [],
    };
  };
  const api = fakeApi({
    Session: session('LAO', LAO, defaultRights('LAO')),
    WasteIndicators: () => ({ wasteIndicators: CATALOGUE }),
    WasteReport: () => ({ wasteReport: report() }),
    WasteProvinceSites: () => ({
      disposalSites: { __typename: 'DisposalSiteConnection', totalCount: 0, pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null }, edges: [] },
    }),
    SaveWasteSection: (variables) => {
      const input = variables.input as { values: { indicatorCode: string; value: IndicatorValue }[] };
      for (const v of input.values) {
        if (v.value === null) values.delete(v.indicatorCode);
        else values.set(v.indicatorCode, v.value);
      }
      return { saveWasteSection: report() };
    },
  });
  return api;
}

function WhenLoggedIn({ children }: { children: ReactNode }) {
  return useAuth().status === 'ready' ? <>{children}</> : null;
}

function setup() {
  const api = fakeWaste();
  renderWithApp(
    <WhenLoggedIn>
      <LaoWastePage />
    </WhenLoggedIn>,
    { route: `/waste/lao/${LAO}`, path: '/waste/lao/:laoCode', providers: api.providers },
  );
  return { api, user: userEvent.setup() };
}

const RULE = 'ปริมาณขยะที่เก็บขนได้ (WC06, WC05) ต้องไม่มากกว่าปริมาณขยะที่เกิดขึ้น';
const describedText = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('LaoWastePage', () => {
  afterEach(() => localStorage.clear());

  it('says a cross-field problem on both fields before sending, then saves and shows the new figures from the answer', async () => {
    const { api, user } = setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'องค์การบริหารส่วนตำบลทดสอบ' })).toBeInTheDocument();
    const panel = screen.getByRole('tabpanel', { name: /การเก็บขนขยะมูลฝอย/ });
    const generated = within(panel).getByLabelText('ปริมาณขยะมูลฝอยที่เกิดขึ้น');
    const collected = within(panel).getByLabelText('ปริมาณขยะมูลฝอยที่เก็บขนได้');
    await user.type(generated, '8');
    await user.type(collected, '9.5');
    await user.click(within(panel).getByRole('button', { name: 'บันทึก' }));

    await waitFor(() => expect(collected).toHaveAttribute('aria-invalid', 'true'));
    expect(generated).toHaveAttribute('aria-invalid', 'true');
    expect(describedText(collected)).toContain(RULE);
    expect(describedText(generated)).toContain(RULE);
    expect(api.calls.some((c) => c.operation === 'SaveWasteSection')).toBe(false);

    await user.clear(collected);
    await user.type(collected, '7.5');
    await user.click(within(panel).getByRole('button', { name: 'บันทึก' }));
    expect(await within(panel).findByText('บันทึกเรียบร้อยแล้ว')).toBeInTheDocument();
    expect(api.calls.filter((c) => c.operation === 'SaveWasteSection')).toHaveLength(1);
    // 8 t/day for 10,000 people, from the save's own answer: no second request for the report.
    expect(await screen.findByText('0.80 กก./คน/วัน')).toBeInTheDocument();
    expect(api.calls.filter((c) => c.operation === 'WasteReport')).toHaveLength(1);
    expect(screen.getByText(/ส่งกำจัดแล้ว 0.00 จากที่เก็บขนได้ 7.50 ตัน\/วัน/)).toBeInTheDocument();
  });

  it('counts the disposal part among what is missing once waste is collected but no site is named', async () => {
    const { user } = setup();
    const panel = await screen.findByRole('tabpanel', { name: /การเก็บขนขยะมูลฝอย/ });
    await user.type(within(panel).getByLabelText('ปริมาณขยะมูลฝอยที่เกิดขึ้น'), '8');
    await user.type(within(panel).getByLabelText('ปริมาณขยะมูลฝอยที่เก็บขนได้'), '7.5');
    await user.click(within(panel).getByRole('button', { name: 'บันทึก' }));
    await within(panel).findByText('บันทึกเรียบร้อยแล้ว');
    await user.click(screen.getByRole('button', { name: 'รับรองข้อมูล' }));
    const missing = screen.getByRole('alertdialog', { name: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล' });
    expect(missing).toHaveTextContent('ปริมาณขยะรีไซเคิลที่นำกลับมาใช้ประโยชน์');
    expect(missing).toHaveTextContent('สถานที่กำจัดขยะ');
  });
});
