import { factories, type Factories } from '../testing/factories';
import { codeOf, startTestApp, type TestApp } from '../testing/test-app';
import { subdistrictOf, subdistrictOutside } from '../testing/welfare-fixtures';

const SUBDISTRICTS = `query($l: String!) { welfareSubdistricts(laoCode: $l) { code nameTh nameEn districtCode districtNameTh } }`;

interface Row {
  code: string;
  nameTh: string;
  nameEn: string;
  districtCode: string;
  districtNameTh: string;
}

describe('welfareSubdistricts: the addresses a registration may name (factories on an empty database)', () => {
  let sut: TestApp;
  let make: Factories;
  const subdistricts = async (laoCode: string, token: string) => sut.gql<{ welfareSubdistricts: Row[] }>(SUBDISTRICTS, { l: laoCode }, { token });

  beforeAll(async () => {
    sut = await startTestApp();
    make = factories(sut);
  });
  afterAll(() => sut.close());

  it("answers an LAO's own district, by code, the same area registerBeneficiary checks", async () => {
    const lao = await make.lao({ provinceCode: '12', districtCode: '1201' });
    const official = await make.laoUser(lao.code);
    const res = await subdistricts(lao.code, official.token);
    expect(res.errors).toBeUndefined();
    const rows = res.data!.welfareSubdistricts;
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.every((s) => /^1201\d{2}$/.test(s.code) && s.districtCode === '1201' && s.districtNameTh === 'เมืองนนทบุรี' && s.nameTh !== '')).toBe(true);
    expect(rows.map((s) => s.code)).toEqual([...rows.map((s) => s.code)].sort());
    expect(rows.map((s) => s.code)).toContain(await subdistrictOf(sut, lao.code));
    expect(rows.map((s) => s.code)).not.toContain(await subdistrictOutside(sut, lao.code));
  });

  it("answers a PAO's whole province, every district", async () => {
    const pao = await make.lao({ provinceCode: '12', type: 'PAO' });
    const province = await make.provinceUser('12');
    const rows = (await subdistricts(pao.code, province.token)).data!.welfareSubdistricts;
    expect(new Set(rows.map((s) => s.districtCode)).size).toBeGreaterThan(3);
    expect(rows.every((s) => s.code.startsWith('12'))).toBe(true);
  });

  it("refuses another LAO's official", async () => {
    const [lao, other] = [await make.lao({ provinceCode: '12' }), await make.lao({ provinceCode: '12' })];
    const official = await make.laoUser(other.code);
    expect(codeOf(await subdistricts(lao.code, official.token))).toBe('FORBIDDEN');
  });
});
