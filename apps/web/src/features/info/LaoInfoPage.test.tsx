import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { defaultRights, INFO_DOMAINS, type InfoDomain } from '@lao/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { Observable } from 'rxjs';
import { TOKEN_STORAGE_KEY } from '../../app/apollo';
import { AuthProvider, useAuth } from '../../app/auth';
import { renderWithApp } from '../../test/render';
import LaoInfoPage from './LaoInfoPage';

const LAO = '7400101';

/** One required whole number per domain: "จำนวน … ด้านที่ n". */
const catalogue = INFO_DOMAINS.map((domain, index) => ({
  __typename: 'Indicator',
  code: `X${index + 1}01`.slice(0, 4),
  domain,
  position: 1,
  labelTh: `ตัวชี้วัดที่ต้องกรอกของด้านที่ ${index + 1}`,
  labelEn: `Required indicator of domain ${index + 1}`,
  unit: 'แห่ง',
  unitEn: 'places',
  valueType: 'INTEGER',
  required: true,
  linkedFrom: null,
  options: null,
  min: 0,
  max: 1000,
  decimals: null,
  maxLength: null,
  hintTh: null,
  hintEn: null,
}));

/** A tiny INFO server: stored values per domain, completeness computed like the API, save and certify. */
function fakeServer() {
  const values = new Map<InfoDomain, Record<string, unknown>>([['PUBLIC_HEALTH_ENVIRONMENT', { [catalogue[0]!.code]: 7 }]]);
  let status = 'DRAFT';
  const calls: { operation: string; variables: Record<string, unknown> }[] = [];
  const section = (domain: InfoDomain) => {
    const stored = values.get(domain) ?? {};
    const missing = catalogue.filter((i) => i.domain === domain && stored[i.code] === undefined).map((i) => i.code);
    return {
      __typename: 'InfoSection',
      domain,
      complete: missing.length === 0,
      missing,
      savedAt: values.has(domain) ? '2026-11-20T03:00:00Z' : null,
      values: Object.entries(stored).map(([indicatorCode, value]) => ({ __typename: 'IndicatorValueModel', indicatorCode, value })),
    };
  };
  const submission = () => {
    const sections = INFO_DOMAINS.map(section);
    const complete = sections.every((s) => s.complete);
    return {
      __typename: 'InfoSubmission',
      module: 'INFO',
      laoCode: LAO,
      fiscalYear: 2570,
      status,
      complete,
      lpaScore: status === 'LAO_CERTIFIED' ? 3 : 1,
      laoCertifiedAt: status === 'LAO_CERTIFIED' ? '2026-11-28T02:00:00Z' : null,
      provinceCertifiedAt: null,
      updatedAt: null,
      editable: status === 'DRAFT',
      allowedActions: status === 'DRAFT' ? (complete ? ['CERTIFY'] : []) : ['WITHDRAW'],
      // The LAO's window as the API answers it (the SPA derives nothing).
      windowOpen: true,
      opensAt: '2026-09-30T17:00:00Z',
      closesAt: '2027-06-15T16:59:59Z',
      history: [],
      localAuthority: {
        __typename: 'LocalAuthority',
        code: LAO,
        nameTh: 'องค์การบริหารส่วนตำบลทดสอบ',
        nameEn: 'Test SAO',
        type: 'SAO',
        province: { __typename: 'Province', code: '74', nameTh: 'สมุทรสาคร', nameEn: 'Samut Sakhon' },
        district: { __typename: 'District', code: '7401', nameTh: 'เมืองสมุทรสาคร', nameEn: 'Mueang Samut Sakhon' },
      },
      sections,
    };
  };
  const handlers: Record<string, (variables: Record<string, unknown>) => unknown> = {
    Session: () => ({
      me: {
        __typename: 'User',
        id: '1',
        username: `lao.${LAO}`,
        displayName: 'เจ้าหน้าที่ทดสอบ',
        level: 'LAO',
        scopeCode: LAO,
        active: true,
        rights: Object.entries(defaultRights('LAO')).map(([module, rights]) => ({ __typename: 'ModuleRights', module, rights })),
      },
      currentFiscalYear: 2570,
    }),
    InfoIndicators: () => ({ infoIndicators: catalogue }),
    InfoSubmission: () => ({ infoSubmission: submission() }),
    SaveInfoSection: (variables) => {
      const input = variables.input as { domain: InfoDomain; values: { indicatorCode: string; value: unknown }[] };
      const stored = { ...(values.get(input.domain) ?? {}) };
      for (const v of input.values) {
        if (v.value === null) delete stored[v.indicatorCode];
        else stored[v.indicatorCode] = v.value;
      }
      values.set(input.domain, stored);
      return { saveInfoSection: section(input.domain) };
    },
    CertifyInfo: () => {
      status = 'LAO_CERTIFIED';
      const s = submission();
      return { certifyInfo: { __typename: 'InfoSubmission', laoCode: LAO, fiscalYear: 2570, status: s.status, laoCertifiedAt: s.laoCertifiedAt } };
    },
  };
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        calls.push({ operation: operation.operationName ?? '', variables: operation.variables });
        const handler = operation.operationName ? handlers[operation.operationName] : undefined;
        if (!handler) {
          observer.error(new Error(`No fake for ${operation.operationName}`));
          return;
        }
        observer.next({ data: handler(operation.variables) as Record<string, unknown> });
        observer.complete();
      }),
  );
  return { link, calls, fillAll: () => INFO_DOMAINS.forEach((d, i) => values.set(d, { [catalogue[i]!.code]: 1 })) };
}

/** Like the shell: pages render once the user is known. */
function WhenLoggedIn({ children }: { children: ReactNode }) {
  return useAuth().status === 'ready' ? <>{children}</> : null;
}

function setup() {
  localStorage.setItem(TOKEN_STORAGE_KEY, 'test-token');
  const server = fakeServer();
  const client = new ApolloClient({ link: server.link, cache: new InMemoryCache() });
  const user = userEvent.setup();
  renderWithApp(
    <WhenLoggedIn>
      <LaoInfoPage />
    </WhenLoggedIn>,
    {
      route: `/info/lao/${LAO}`,
      path: '/info/lao/:laoCode',
      providers: (children) => (
        <ApolloProvider client={client}>
          <AuthProvider>{children}</AuthProvider>
        </ApolloProvider>
      ),
    },
  );
  return { server, user };
}

const tab = (n: number) => screen.getByRole('tab', { name: new RegExp(`^${['ด้านสาธารณสุขและสิ่งแวดล้อม', 'ด้านนวัตกรรมและการศึกษา', 'ด้านสาธารณภัย'][n - 1]}`) });

describe('LaoInfoPage', () => {
  afterEach(() => localStorage.clear());

  it('shows each domain’s completeness from the API, saves with "save and next", and the icons follow', async () => {
    const { server, user } = setup();
    expect(await screen.findByRole('heading', { level: 1, name: 'องค์การบริหารส่วนตำบลทดสอบ' })).toBeInTheDocument();
    expect(within(tab(1)).getByRole('img')).toHaveAccessibleName('ครบถ้วน');
    expect(within(tab(2)).getByRole('img')).toHaveAccessibleName('ยังไม่ครบ');
    expect(screen.getAllByRole('img', { name: 'ยังไม่ครบ' })).toHaveLength(7);
    expect(screen.getByText('ยังไม่ได้รับรองข้อมูล')).toBeInTheDocument();
    expect(screen.getByText('เปิดให้บันทึกถึง 15 มิ.ย. 2570 23:59')).toBeInTheDocument();

    await user.click(tab(2));
    expect(tab(2)).toHaveAttribute('aria-selected', 'true');
    const panel = screen.getByRole('tabpanel');
    expect(panel).toHaveAccessibleName(/ด้านนวัตกรรมและการศึกษา/);
    await user.type(within(panel).getByLabelText('ตัวชี้วัดที่ต้องกรอกของด้านที่ 2'), '12');
    await user.click(within(panel).getByRole('button', { name: /บันทึกและไปด้านถัดไป/ }));

    await waitFor(() => expect(tab(3)).toHaveAttribute('aria-selected', 'true'));
    expect(server.calls.find((c) => c.operation === 'SaveInfoSection')?.variables).toEqual({
      input: { laoCode: LAO, fiscalYear: 2570, domain: 'INNOVATION_EDUCATION', values: [{ indicatorCode: 'X201', value: 12 }] },
    });
    await waitFor(() => expect(within(tab(2)).getByRole('img')).toHaveAccessibleName('ครบถ้วน'));
    expect(screen.getByText('บันทึกข้อมูลด้านนวัตกรรมและการศึกษาเรียบร้อยแล้ว ต่อไป: ด้านสาธารณภัย')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'ด้านสาธารณภัย' })).toHaveFocus();
  });

  it('lists what is still missing when the LAO presses "รับรองข้อมูล" too early, then certifies once complete', async () => {
    const { server, user } = setup();
    await user.click(await screen.findByRole('button', { name: 'รับรองข้อมูล' }));
    const missing = screen.getByRole('alertdialog', { name: 'กรุณากรอกข้อมูลให้ครบก่อนทำการรับรองข้อมูล' });
    for (let n = 2; n <= 8; n++) expect(missing).toHaveTextContent(`ตัวชี้วัดที่ต้องกรอกของด้านที่ ${n}`);
    expect(missing).not.toHaveTextContent('ตัวชี้วัดที่ต้องกรอกของด้านที่ 1');
    expect(server.calls.some((c) => c.operation === 'CertifyInfo')).toBe(false);
    await user.click(within(missing).getByRole('button', { name: 'ตกลง' }));

    // Everything filled (e.g. in another tab): after a reload of the data the API allows CERTIFY.
    server.fillAll();
    await user.click(tab(2));
    await user.type(screen.getByLabelText('ตัวชี้วัดที่ต้องกรอกของด้านที่ 2'), '{Backspace}5');
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    await waitFor(() => expect(screen.getAllByRole('img', { name: 'ครบถ้วน' })).toHaveLength(8));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(screen.queryByText(/ยังขาดข้อมูล/)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'รับรองข้อมูล' }));
    await user.click(within(screen.getByRole('dialog', { name: 'ยืนยันการรับรองข้อมูล' })).getByRole('button', { name: 'ยืนยันการรับรองข้อมูล' }));
    expect(await screen.findByText('รับรองข้อมูลเรียบร้อยแล้ว')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'ยกเลิกการรับรองข้อมูล' })).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'บันทึก' })).not.toBeInTheDocument(); // certified: read-only
    expect(screen.getByText('5 แห่ง')).toBeInTheDocument(); // the value just saved, shown read-only
  });
});
