import { fiscalYearOf } from '@lao/domain';
import { factories, type Factories } from '../testing/factories';
import { startTestApp, type TestApp } from '../testing/test-app';
import { monthDay, welfareApi } from '../testing/welfare-fixtures';

const SUBMISSION = `query($lao: String!, $fy: Int!) { infoSubmission(laoCode: $lao, fiscalYear: $fy) { sections { values { indicatorCode value } } } }`;
const YEAR = `query($lao: String!, $fy: Int!) { welfareYear(laoCode: $lao, fiscalYear: $fy) { figures { elderly disabled aids } } }`;

describe('INFO’s welfare indicators read the registry live (SC04 elderly, SC05 disabled recipients)', () => {
  let sut: TestApp;
  let make: Factories;
  let welfare: ReturnType<typeof welfareApi>;

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
    welfare = welfareApi(sut);
  });
  afterAll(() => sut.close());

  it('shows the LAO’s recipients of this year in infoSubmission, changing as the registry changes', async () => {
    const fy = fiscalYearOf(new Date()); // reads need no cycle
    const lao = await make.lao();
    const official = await make.laoUser(lao.code);
    const caller = { token: official.token };
    /** SC04 and SC05 as INFO shows them, beside the registry's own counts. */
    const read = async () => {
      const info = (await sut.gql<{ infoSubmission: { sections: { values: { indicatorCode: string; value: unknown }[] }[] } }>(SUBMISSION, { lao: lao.code, fy }, caller)).data!;
      const values = new Map(info.infoSubmission.sections.flatMap((s) => s.values).map((v) => [v.indicatorCode, v.value]));
      const registry = (await sut.gql<{ welfareYear: { figures: { elderly: number; disabled: number } } }>(YEAR, { lao: lao.code, fy }, caller)).data!.welfareYear.figures;
      return { SC04: values.get('SC04'), SC05: values.get('SC05'), elderly: registry.elderly, disabled: registry.disabled };
    };

    expect(await read()).toEqual({ SC04: 0, SC05: 0, elderly: 0, disabled: 0 });
    const elderly = await welfare.registered(lao.code, caller, { registeredOn: monthDay(-3) });
    await welfare.registered(lao.code, caller, { registeredOn: monthDay(-3) });
    await welfare.registered(lao.code, caller, { registeredOn: monthDay(-3), allowanceType: 'DISABILITY', disabilityCardNo: 'พก.9' });
    await welfare.registered(lao.code, caller, { registeredOn: monthDay(-3), allowanceType: 'AIDS' }); // neither indicator
    expect(await read()).toEqual({ SC04: 2, SC05: 1, elderly: 2, disabled: 1 });

    await welfare.end({ id: elderly.id, reason: 'DIED', endedOn: monthDay(-2, 10) }, caller);
    expect(await read()).toEqual({ SC04: 1, SC05: 1, elderly: 1, disabled: 1 });
  });

  it('counts each LAO’s own registry only', async () => {
    const fy = fiscalYearOf(new Date());
    const [a, b] = [await make.lao(), await make.lao()];
    const official = await make.laoUser(a.code);
    await welfare.registered(a.code, { token: official.token }, { registeredOn: monthDay(-3) });
    const department = await make.departmentUser();
    const sc04 = async (lao: string) =>
      (await sut.gql<{ infoSubmission: { sections: { values: { indicatorCode: string; value: unknown }[] }[] } }>(SUBMISSION, { lao, fy }, { token: department.token })).data!.infoSubmission.sections
        .flatMap((s) => s.values)
        .find((v) => v.indicatorCode === 'SC04')!.value;
    expect([await sc04(a.code), await sc04(b.code)]).toEqual([1, 0]);
  });
});
