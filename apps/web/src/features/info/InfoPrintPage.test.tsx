import { defaultRights, INFO_DOMAIN_LABELS, INFO_DOMAINS } from '@lao/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { useAuth } from '../../app/auth';
import { fakeApi, session } from '../../test/fakeApi';
import { renderWithApp } from '../../test/render';
import InfoPrintPage from './InfoPrintPage';
import { infoModule } from './module';

const LAO = '7400101';
const place = (__typename: string, code: string, nameTh: string) => ({ __typename, code, nameTh, nameEn: nameTh });

/** One whole number per domain: "ตัวชี้วัดของด้านที่ n" (แห่ง). */
const catalogue = INFO_DOMAINS.map((domain, index) => ({
  __typename: 'Indicator',
  code: `X${index + 1}01`,
  domain,
  position: 1,
  labelTh: `ตัวชี้วัดของด้านที่ ${index + 1}`,
  labelEn: `Indicator of domain ${index + 1}`,
  unit: 'แห่ง',
  unitEn: 'places',
  valueType: 'INTEGER',
  required: true,
  linkedFrom: null,
  options: null,
  min: 0,
  max: 100000,
  decimals: null,
  maxLength: null,
  hintTh: null,
  hintEn: null,
}));

const submission = {
  __typename: 'InfoSubmission',
  module: 'INFO',
  laoCode: LAO,
  fiscalYear: 2570,
  status: 'PROVINCE_CERTIFIED',
  complete: true,
  lpaScore: 5,
  laoCertifiedAt: '2027-05-01T03:00:00Z',
  provinceCertifiedAt: '2027-05-20T03:00:00Z',
  updatedAt: null,
  editable: false,
  allowedActions: [],
  windowOpen: true,
  opensAt: '2026-09-30T17:00:00Z',
  closesAt: '2027-06-15T16:59:59Z',
  history: [
    { __typename: 'SubmissionEvent', action: 'CERTIFY', fromStatus: 'DRAFT', toStatus: 'LAO_CERTIFIED', actor: `lao.${LAO}`, at: '2027-05-01T03:00:00Z', comment: null, windowReopenedUntil: null },
    { __typename: 'SubmissionEvent', action: 'CERTIFY_PROVINCE', fromStatus: 'LAO_CERTIFIED', toStatus: 'PROVINCE_CERTIFIED', actor: 'prov.74', at: '2027-05-20T03:00:00Z', comment: null, windowReopenedUntil: null },
  ],
  localAuthority: { ...place('LocalAuthority', LAO, 'องค์การบริหารส่วนตำบลทดสอบ'), type: 'SAO', province: place('Province', '74', 'สมุทรสาคร'), district: place('District', '7401', 'เมืองสมุทรสาคร') },
  // Domain n holds n × 1,000 (the Thai grouping shows it is the value, not the label).
  sections: INFO_DOMAINS.map((domain, index) => ({
    __typename: 'InfoSection',
    domain,
    complete: true,
    missing: [],
    savedAt: '2027-04-01T03:00:00Z',
    values: [{ __typename: 'IndicatorValueModel', indicatorCode: catalogue[index]!.code, value: (index + 1) * 1000 }],
  })),
};

function WhenLoggedIn({ children }: { children: ReactNode }) {
  return useAuth().status === 'ready' ? <>{children}</> : null;
}

function setup() {
  const api = fakeApi({
    Session: session('PROVINCE', '74', defaultRights('PROVINCE')),
    InfoIndicators: () => ({ infoIndicators: catalogue }),
    InfoSubmission: () => ({ infoSubmission: submission }),
  });
  renderWithApp(
    <WhenLoggedIn>
      <InfoPrintPage />
    </WhenLoggedIn>,
    { route: `/info/lao/${LAO}/print`, path: '/info/lao/:laoCode/print', providers: api.providers },
  );
  return api;
}

describe('the printable INFO profile', () => {
  it('is a route of the INFO module under the LAO’s page', () => {
    expect(infoModule.routes.more?.map((r) => r.path)).toContain('lao/:laoCode/print');
  });

  it('renders all eight domains read-only with their values, one section each', async () => {
    const api = setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'องค์การบริหารส่วนตำบลทดสอบ' })).toBeInTheDocument();
    const domains = INFO_DOMAINS.map((domain) => screen.getByRole('region', { name: INFO_DOMAIN_LABELS[domain].th }));
    expect(domains).toHaveLength(8);
    domains.forEach((region, index) => {
      expect(region).toHaveClass('info-print__domain');
      expect(within(region).getByText(`ตัวชี้วัดของด้านที่ ${index + 1}`)).toBeInTheDocument();
      expect(within(region).getByText(`${((index + 1) * 1000).toLocaleString('en-US')} แห่ง`)).toBeInTheDocument();
    });
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('spinbutton')).not.toBeInTheDocument();
    expect(api.calls.find((c) => c.operation === 'InfoSubmission')?.variables).toEqual({ laoCode: LAO, fiscalYear: 2570 });
  });

  it('ends with who certified and when, blank signature lines for the LAO head and the province, and prints on "พิมพ์"', async () => {
    setup();
    const block = await screen.findByRole('region', { name: 'การรับรองข้อมูล' });
    expect(within(block).getByText(`1 พ.ค. 2570 10:00 โดย lao.${LAO}`)).toBeInTheDocument();
    expect(within(block).getByText('20 พ.ค. 2570 10:00 โดย prov.74')).toBeInTheDocument();
    expect(within(block).getByText('ผู้บริหารท้องถิ่น')).toBeInTheDocument();
    expect(within(block).getByText('ผู้ว่าราชการจังหวัด / ผู้ได้รับมอบหมาย')).toBeInTheDocument();
    expect(within(block).getAllByText(/^ลงชื่อ \.+$/)).toHaveLength(2);

    const print = jest.fn();
    window.print = print;
    await userEvent.setup().click(screen.getByRole('button', { name: 'พิมพ์' }));
    expect(print).toHaveBeenCalledTimes(1);
  });
});
