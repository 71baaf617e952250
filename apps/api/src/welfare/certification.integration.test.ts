import { fiscalMonthStart, fiscalYearOf, toChristianYear } from '@lao/domain';
import { factories, type Factories } from '../testing/factories';
import { type Caller, codeOf, startTestApp, type TestApp } from '../testing/test-app';
import { type RegisterInput, welfareApi } from '../testing/welfare-fixtures';

const FIGURES = 'code nameTh elderly disabled aids elderlyByTier { monthlyAmount count } monthlyTotal yearlyBudget';
const YEAR = `query($lao: String!, $fy: Int!) { welfareYear(laoCode: $lao, fiscalYear: $fy) { status frozen allowedActions figures { ${FIGURES} } } }`;
const CERTIFY = `mutation($lao: String!, $fy: Int!) { certifyWelfare(laoCode: $lao, fiscalYear: $fy) { status frozen figures { ${FIGURES} } } }`;
const CERTIFY_PROVINCE = `mutation($p: String!, $fy: Int!) { certifyProvince(module: WELFARE, provinceCode: $p, fiscalYear: $fy) { certifiedCount } }`;
const SUMMARY = `query($fy: Int!, $p: String) { welfareSummary(fiscalYear: $fy, provinceCode: $p) { ${FIGURES} } }`;

interface Figures {
  code: string;
  nameTh: string;
  elderly: number;
  disabled: number;
  aids: number;
  elderlyByTier: { monthlyAmount: number; count: number }[];
  monthlyTotal: number;
  yearlyBudget: number;
}
const tiers = (c600: number, c700: number, c800: number, c1000: number) => [
  { monthlyAmount: 600, count: c600 },
  { monthlyAmount: 700, count: c700 },
  { monthlyAmount: 800, count: c800 },
  { monthlyAmount: 1000, count: c1000 },
];

describe('Welfare year: certification freezes the figures; summaries (factories on an empty database)', () => {
  let sut: TestApp;
  let make: Factories;
  let welfare: ReturnType<typeof welfareApi>;
  const year = async (lao: string, fy: number, caller: Caller) => {
    const res = await sut.gql<{ welfareYear: { status: string; frozen: boolean; allowedActions: string[]; figures: Figures } }>(YEAR, { lao, fy }, caller);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.welfareYear;
  };
  const summary = async (fy: number, provinceCode: string | null, caller: Caller) => {
    const res = await sut.gql<{ welfareSummary: Figures[] }>(SUMMARY, { fy, p: provinceCode }, caller);
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.welfareSummary;
  };

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    welfare = welfareApi(sut);
  });
  afterAll(() => sut.close());

  it('certifies an LAO’s year (frozen: later registrations leave its figures), while a DRAFT year moves live; the province confirms all', async () => {
    const fy = make.fiscalYear(); // the current year: its window can be open now
    await make.cycle({ module: 'WELFARE', fiscalYear: fy });
    // Province 34 holds only this case's two LAOs, so the province can confirm them all.
    const [a, b] = [await make.lao({ provinceCode: '34' }), await make.lao({ provinceCode: '34' })];
    const [officialA, officialB] = [await make.laoUser(a.code), await make.laoUser(b.code)];
    const province = await make.provinceUser('34');
    // People paid the same amount in every month of the year: registered before it, far from any birthday tier.
    const before = `${fiscalMonthStart(fy, 1).slice(0, 4)}-08-01`;
    const register = (lao: string, token: string, change: Partial<RegisterInput>) => welfare.registered(lao, { token }, { registeredOn: before, ...change });
    await register(a.code, officialA.token, {}); // elderly, 700
    await register(a.code, officialA.token, { allowanceType: 'AIDS' }); // 500
    await register(b.code, officialB.token, { allowanceType: 'DISABILITY', disabilityCardNo: 'พก.1', birthDate: '1986-06-15' }); // 800

    const figuresA = { code: a.code, elderly: 1, disabled: 0, aids: 1, elderlyByTier: tiers(0, 1, 0, 0), monthlyTotal: 1200, yearlyBudget: 14_400 };
    expect(await year(a.code, fy, { token: officialA.token })).toMatchObject({ status: 'DRAFT', frozen: false, figures: figuresA });
    const certified = await sut.gql<{ certifyWelfare: { status: string; frozen: boolean; figures: Figures } }>(CERTIFY, { lao: a.code, fy }, { token: officialA.token });
    expect(certified.data!.certifyWelfare).toMatchObject({ status: 'LAO_CERTIFIED', frozen: true, figures: figuresA });

    // Registered after the certification: in the registry, not in the certified year's figures.
    await register(a.code, officialA.token, { allowanceType: 'AIDS' });
    await register(b.code, officialB.token, { allowanceType: 'AIDS' });
    expect((await welfare.list(a.code, { token: officialA.token })).data!.welfareBeneficiaries.totalCount).toBe(3);
    expect(await year(a.code, fy, { token: officialA.token })).toMatchObject({ frozen: true, figures: figuresA });
    const figuresB = { code: b.code, elderly: 0, disabled: 1, aids: 1, elderlyByTier: tiers(0, 0, 0, 0), monthlyTotal: 1300, yearlyBudget: 15_600 };
    expect(await year(b.code, fy, { token: officialB.token })).toMatchObject({ status: 'DRAFT', frozen: false, figures: figuresB });
    expect(await summary(fy, '34', { token: province.token })).toEqual([expect.objectContaining(figuresA), expect.objectContaining(figuresB)]);

    // The province confirms all once every LAO has certified.
    const early = await sut.gql(CERTIFY_PROVINCE, { p: '34', fy }, { token: province.token });
    expect([codeOf(early), early.errors![0]!.extensions.pendingCount]).toEqual(['INCOMPLETE', 1]);
    expect(codeOf(await sut.gql(CERTIFY, { lao: b.code, fy }, { token: officialB.token }))).toBeUndefined();
    const all = await sut.gql<{ certifyProvince: { certifiedCount: number } }>(CERTIFY_PROVINCE, { p: '34', fy }, { token: province.token });
    expect(all.data!.certifyProvince.certifiedCount).toBe(2);
    await register(b.code, officialB.token, { allowanceType: 'AIDS' });
    expect(await year(b.code, fy, { token: officialB.token })).toMatchObject({ status: 'PROVINCE_CERTIFIED', frozen: true, figures: figuresB });
    expect(await summary(fy, '34', { token: province.token })).toEqual([expect.objectContaining(figuresA), expect.objectContaining(figuresB)]);
  });

  it('sums a past year for a partner key: counts by type and tier in September, its cost month by month', async () => {
    const fy = fiscalYearOf(new Date()) - 2; // a past year: every date below has happened, September is its reference month
    const y = toChristianYear(fy) - 1; // the calendar year of its October
    const lao = await make.lao({ provinceCode: '50' });
    const empty = await make.lao({ provinceCode: '50' });
    const { token } = await make.laoUser(lao.code);
    const register = (change: Partial<RegisterInput>) => welfare.registered(lao.code, { token }, { registeredOn: `${y}-06-10`, ...change });
    await register({ birthDate: `${y - 65}-01-01` }); //                                 600 × 12 =  7,200
    await register({ birthDate: `${y - 75}-05-05` }); //                                 700 × 12 =  8,400
    await register({ birthDate: `${y + 1 - 80}-03-15` }); // 80 on 15 March: 700 × 6 + 800 × 6 =  9,000
    await register({ birthDate: `${y - 95}-07-07` }); //                               1,000 × 12 = 12,000
    await register({ birthDate: `${y + 1 - 60}-02-10` }); // 60 on 10 February: paid from March, 600 × 7 = 4,200
    await register({ allowanceType: 'DISABILITY', disabilityCardNo: 'พก.2', birthDate: `${y - 40}-01-01` }); // 800 × 12 = 9,600
    await register({ allowanceType: 'DISABILITY', disabilityCardNo: 'พก.3', birthDate: `${y + 1 - 18}-01-01` }); // 1,000 × 3 + 800 × 9 = 10,200
    await register({ allowanceType: 'AIDS', birthDate: `${y - 30}-01-01` }); //            500 × 12 =  6,000
    const ended = await register({ birthDate: `${y - 72}-06-01` }); // died 20 January: 700 × 4 =  2,800
    await welfare.end({ id: ended.id, reason: 'DIED', endedOn: `${y + 1}-01-20` }, { token });
    const suspended = await register({ allowanceType: 'AIDS', birthDate: `${y - 30}-01-01` }); // from 15 April: 500 × 7 = 3,500
    await welfare.suspend(suspended.id, `${y + 1}-04-15`, { token });
    const before = await register({ allowanceType: 'AIDS', birthDate: `${y - 30}-01-01` }); // ended before the year: nothing
    await welfare.end({ id: before.id, reason: 'WAIVED', endedOn: `${y}-08-01` }, { token });

    const expected = { elderly: 5, disabled: 2, aids: 1, elderlyByTier: tiers(2, 1, 1, 1), monthlyTotal: 5_800, yearlyBudget: 72_900 };
    const key = { apiKey: (await make.apiKey({ modules: ['WELFARE'] })).key };
    expect(await summary(fy, '50', key)).toEqual([
      { code: lao.code, nameTh: lao.nameTh, ...expected },
      { code: empty.code, nameTh: empty.nameTh, elderly: 0, disabled: 0, aids: 0, elderlyByTier: tiers(0, 0, 0, 0), monthlyTotal: 0, yearlyBudget: 0 },
    ]);
    const national = await summary(fy, null, key);
    expect(national.find((r) => r.code === '50')).toEqual({ code: '50', nameTh: 'เชียงใหม่', ...expected });
    expect(national.filter((r) => r.code !== '50').every((r) => r.monthlyTotal === 0 && r.yearlyBudget === 0)).toBe(true);
  });

  it('refuses certifying another LAO’s year, and a partner key certifying at all', async () => {
    const fy = make.fiscalYear();
    await make.cycle({ module: 'WELFARE', fiscalYear: fy });
    const lao = await make.lao({ provinceCode: '12' });
    const other = await make.lao({ provinceCode: '12' });
    const { token } = await make.laoUser(other.code);
    const key = (await make.apiKey({ modules: ['WELFARE'] })).key;
    expect([codeOf(await sut.gql(CERTIFY, { lao: lao.code, fy }, { token })), codeOf(await sut.gql(CERTIFY, { lao: lao.code, fy }, { apiKey: key }))]).toEqual([
      'FORBIDDEN',
      'FORBIDDEN',
    ]);
    expect(await year(lao.code, fy, { apiKey: key })).toMatchObject({ status: 'DRAFT', frozen: false });
  });
});
