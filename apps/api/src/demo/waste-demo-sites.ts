import { createHash } from 'node:crypto';
import { type DisposalMethod, type LaoType, PROPER_DISPOSAL_METHODS, type SiteStatus } from '@lao/domain';
import { isInProvince, type LatLng, PROVINCE_SEATS, randomPointInProvince, type ThaiMapGeometry } from '@lao/thai-map';
import { seededRandom } from './info-demo';

// Read once (jest's sandbox proxies globals, and the demo calls these hundreds of thousands of times).
const { PI, ceil, cos, floor, max, min, round, sqrt } = Math;

/*
 * The demo's disposal sites and where each LAO's collected waste goes. Per province: the PAO's cluster centre in
 * about six provinces out of ten (a sanitary landfill, an RDF plant in some, planned in others), the capital
 * municipality's own site (a sanitary landfill in most cities, a dump in many towns; the province's cluster where the
 * PAO has none), and about one more site per dozen LAOs run by municipalities and a few SAOs — dumps mostly, open or
 * controlled, as PCD counts them (about 595 proper against 2,171 improper sites), some closed, a few planned. Known
 * places get what they really have: Bangkok's incinerators, composting plant and transfer stations (to landfills
 * outside the city), Phuket's incinerator for the whole island, Koh Samui's, island transfer stations, Rayong's RDF.
 *
 * LAO positions are not in the registry: each district gets a point inside its province (the capital district the
 * provincial seat) and its LAOs a few kilometres around it. An LAO sends its waste to the site it runs, or else to the
 * nearest one open that year, clusters counting as a third of the distance (PCD's policy: small LAOs share a cluster).
 */

export interface SiteLao {
  code: string;
  nameTh: string;
  type: LaoType;
  provinceCode: string;
  districtCode: string;
}

/** Who may send waste to a site: the nearest LAOs, only its district's (an island), the whole province, its operator. */
type Serves = 'NEAREST' | 'DISTRICT' | 'PROVINCE' | 'OPERATOR';

export interface DemoSite {
  id: string;
  operatorLaoCode: string;
  provinceCode: string;
  districtCode: string;
  nameTh: string;
  method: DisposalMethod;
  status: SiteStatus;
  latitude: number;
  longitude: number;
  capacityTonnesPerDay: number | null;
  openedYear: number | null;
  /** A closed site's last year in use (null: closed before any demo year, or not closed). */
  closedAfter: number | null;
  cluster: boolean;
  serves: Serves;
}

export interface DemoUse {
  laoCode: string;
  fiscalYear: number;
  siteId: string;
  /** Hundredths of a tonne per day (integers, so the uses add up exactly). */
  hundredths: number;
}

const MUNICIPAL: readonly LaoType[] = ['CITY_MUNICIPALITY', 'TOWN_MUNICIPALITY', 'SUBDISTRICT_MUNICIPALITY', 'PATTAYA'];
/** How much nearer a cluster centre seems than it is: LAOs join one further away than their nearest dump. */
const CLUSTER_PULL = 0.35;
/** One site besides the PAO's and the capital's per this many LAOs of the province. */
const LAOS_PER_SITE = 12;
/** Island districts whose waste stays on the island: an incinerator or a transfer station to the mainland. */
const ISLANDS: Record<string, { method: DisposalMethod; name: string; opened: number; at: LatLng }> = {
  '8404': { method: 'INCINERATION', name: 'เตาเผาขยะมูลฝอยเกาะสมุย', opened: 2555, at: { latitude: 9.512, longitude: 100.013 } },
  '8405': { method: 'TRANSFER_STATION', name: 'สถานีขนถ่ายขยะมูลฝอยเกาะพะงัน', opened: 2560, at: { latitude: 9.735, longitude: 100.025 } },
  '2307': { method: 'TRANSFER_STATION', name: 'สถานีขนถ่ายขยะมูลฝอยเกาะช้าง', opened: 2558, at: { latitude: 12.06, longitude: 102.34 } },
  '8103': { method: 'TRANSFER_STATION', name: 'สถานีขนถ่ายขยะมูลฝอยเกาะลันตา', opened: 2561, at: { latitude: 7.62, longitude: 99.07 } },
  // Not an island: Ban Thi's small incinerator for its own district (Lamphun).
  '5107': { method: 'INCINERATION', name: 'เตาเผาขยะมูลฝอยชุมชนอำเภอบ้านธิ', opened: 2562, at: { latitude: 18.64, longitude: 99.14 } },
};
/** Provinces whose capital municipality runs an incinerator: the whole island (Phuket), a cluster (Khon Kaen). */
const CAPITAL_INCINERATORS: Record<string, { serves: Serves; opened: number }> = { '83': { serves: 'PROVINCE', opened: 2555 }, '40': { serves: 'NEAREST', opened: 2562 } };

interface FixedSite {
  nameTh: string;
  method: DisposalMethod;
  status: SiteStatus;
  at: LatLng;
  capacity: number;
  opened: number;
  closedAfter?: number;
}
/** Bangkok's own (public figures, rounded): what is not burnt or composted leaves through the transfer stations. */
const BANGKOK_SITES: FixedSite[] = [
  { nameTh: 'โรงเผาขยะมูลฝอยผลิตพลังงานไฟฟ้า ศูนย์กำจัดมูลฝอยหนองแขม', method: 'INCINERATION', status: 'OPERATING', at: { latitude: 13.711, longitude: 100.35 }, capacity: 1_000, opened: 2565 },
  { nameTh: 'โรงเผาขยะมูลฝอยผลิตพลังงานไฟฟ้า ศูนย์กำจัดมูลฝอยอ่อนนุช', method: 'INCINERATION', status: 'OPERATING', at: { latitude: 13.693, longitude: 100.666 }, capacity: 800, opened: 2567 },
  { nameTh: 'โรงงานหมักปุ๋ยอินทรีย์ ศูนย์กำจัดมูลฝอยอ่อนนุช', method: 'COMPOSTING', status: 'OPERATING', at: { latitude: 13.6955, longitude: 100.669 }, capacity: 1_000, opened: 2559 },
  { nameTh: 'สถานีขนถ่ายมูลฝอย ศูนย์กำจัดมูลฝอยอ่อนนุช', method: 'TRANSFER_STATION', status: 'OPERATING', at: { latitude: 13.6975, longitude: 100.664 }, capacity: 4_000, opened: 2545 },
  { nameTh: 'สถานีขนถ่ายมูลฝอย ศูนย์กำจัดมูลฝอยหนองแขม', method: 'TRANSFER_STATION', status: 'OPERATING', at: { latitude: 13.71, longitude: 100.347 }, capacity: 3_500, opened: 2545 },
  { nameTh: 'สถานีขนถ่ายมูลฝอย ศูนย์กำจัดมูลฝอยสายไหม', method: 'TRANSFER_STATION', status: 'OPERATING', at: { latitude: 13.915, longitude: 100.655 }, capacity: 3_000, opened: 2545 },
  { nameTh: 'บ่อฝังกลบมูลฝอยเดิม ศูนย์กำจัดมูลฝอยอ่อนนุช', method: 'CONTROLLED_DUMP', status: 'CLOSED', at: { latitude: 13.7, longitude: 100.672 }, capacity: 2_000, opened: 2520 },
];
/** Shares of what Bangkok sends to its transfer stations, in BANGKOK_SITES order. */
const BANGKOK_TRANSFER_SHARES = [0.4, 0.32, 0.28];

/** A stable UUID from a key (the seed inserts uses without asking the database for the sites' ids). */
function demoUuid(key: string): string {
  const h = createHash('sha1').update(`waste-site:${key}`).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The name people use for an LAO on a sign: อบจ./อบต. shortened, municipalities in full. */
function shortName(lao: SiteLao): string {
  return lao.nameTh.replace(/^องค์การบริหารส่วนจังหวัด/, 'อบจ.').replace(/^องค์การบริหารส่วนตำบล/, 'อบต.');
}

function siteName(method: DisposalMethod, lao: SiteLao, cluster: boolean, random: () => number): string {
  const name = shortName(lao);
  if (cluster) return `ศูนย์กำจัดขยะมูลฝอยรวม (Cluster) ${name}${method === 'RDF' ? ' (โรงงานผลิตเชื้อเพลิงขยะ RDF)' : method === 'INCINERATION' ? ' (เตาเผาผลิตพลังงานไฟฟ้า)' : ''}`;
  switch (method) {
    case 'OPEN_DUMP':
      return random() < 0.5 ? `บ่อขยะ${name}` : `สถานที่เทกองขยะมูลฝอย${name}`;
    case 'CONTROLLED_DUMP':
      return `บ่อฝังกลบขยะมูลฝอย${name}`;
    case 'SANITARY_LANDFILL':
      return `บ่อฝังกลบขยะมูลฝอยแบบถูกหลักสุขาภิบาล${name}`;
    case 'INCINERATION':
      return `เตาเผาขยะมูลฝอย${name}`;
    case 'COMPOSTING':
      return `โรงหมักปุ๋ยอินทรีย์จากขยะมูลฝอย${name}`;
    case 'RDF':
      return `โรงงานผลิตเชื้อเพลิงขยะ (RDF) ${name}`;
    case 'TRANSFER_STATION':
      return `สถานีขนถ่ายขยะมูลฝอย${name}`;
  }
}

function distanceKm(a: LatLng, b: LatLng): number {
  const dx = (b.longitude - a.longitude) * 111.32 * cos((((a.latitude + b.latitude) / 2) * PI) / 180);
  const dy = (b.latitude - a.latitude) * 110.57;
  return sqrt(dx * dx + dy * dy);
}

/** A point inside the province a few kilometres from `anchor` (anywhere in the province if none is found). */
function pointNear(anchor: LatLng, provinceCode: string, geometry: ThaiMapGeometry, random: () => number, spread = 0.06): LatLng {
  for (let i = 0; i < 30; i++) {
    const point = {
      latitude: round((anchor.latitude + (random() * 2 - 1) * spread) * 1e5) / 1e5,
      longitude: round((anchor.longitude + (random() * 2 - 1) * spread) * 1e5) / 1e5,
    };
    if (isInProvince(point, provinceCode, geometry)) return point;
  }
  return randomPointInProvince(provinceCode, geometry, random);
}

export interface SiteNetwork {
  sites: DemoSite[];
  /** Where each LAO is, for distances (its district's point, a few kilometres off). */
  positions: Map<string, LatLng>;
  /** Each LAO's way of sending its waste, the same every year (filled by planUses). */
  habits: Map<string, Habit>;
}

interface Habit {
  /** Share of the collected waste sent to sites (the rest burnt or buried on site). */
  sends: number;
  /** Share to its composting plant, where it runs one. */
  composted: number;
  /** Share to its first site when it splits between two, else null. */
  split: number | null;
}

function habitOf(network: SiteNetwork, laoCode: string): Habit {
  let habit = network.habits.get(laoCode);
  if (!habit) {
    const r = seededRandom(`waste-use:${laoCode}`);
    habit = { sends: r() < 0.04 ? 0.9 + r() * 0.08 : 1, composted: 0.1 + r() * 0.15, split: r() < 0.12 ? 0.6 + r() * 0.25 : null };
    network.habits.set(laoCode, habit);
  }
  return habit;
}

/** The sites of every province of `laos` (each LAO's province whole), deterministic. */
export function planSites(laos: readonly SiteLao[], collects: (laoCode: string) => boolean, geometry: ThaiMapGeometry, firstYear: number, openYear: number): SiteNetwork {
  const byProvince = new Map<string, SiteLao[]>();
  for (const lao of laos) byProvince.set(lao.provinceCode, [...(byProvince.get(lao.provinceCode) ?? []), lao]);

  const anchors = new Map<string, LatLng>();
  const positions = new Map<string, LatLng>();
  for (const lao of laos) {
    let anchor = anchors.get(lao.districtCode);
    if (!anchor) {
      // The provincial seat for the capital district, the island itself for an island district (where the map has it).
      const known = lao.districtCode.endsWith('01') ? PROVINCE_SEATS[lao.provinceCode] : ISLANDS[lao.districtCode]?.at;
      anchor =
        known && isInProvince(known, lao.provinceCode, geometry)
          ? known
          : randomPointInProvince(lao.provinceCode, geometry, seededRandom(`waste-district:${lao.districtCode}`));
      anchors.set(lao.districtCode, anchor);
    }
    const r = seededRandom(`waste-place:${lao.code}`);
    positions.set(lao.code, { latitude: anchor.latitude + (r() * 2 - 1) * 0.04, longitude: anchor.longitude + (r() * 2 - 1) * 0.04 });
  }

  const sites: DemoSite[] = [];
  for (const [provinceCode, provinceLaos] of [...byProvince.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    sites.push(...provinceSites(provinceCode, provinceLaos, collects, geometry, anchors, firstYear, openYear));
  }
  return { sites, positions, habits: new Map() };
}

function provinceSites(
  provinceCode: string,
  laos: SiteLao[],
  collects: (laoCode: string) => boolean,
  geometry: ThaiMapGeometry,
  anchors: Map<string, LatLng>,
  firstYear: number,
  openYear: number,
): DemoSite[] {
  const random = seededRandom(`waste-sites:${provinceCode}`);
  const sites: DemoSite[] = [];
  const add = (
    key: string,
    operator: SiteLao,
    method: DisposalMethod,
    status: SiteStatus,
    options: { cluster?: boolean; serves?: Serves; opened?: number | null; closedAfter?: number | null; at?: LatLng; name?: string; capacity?: number } = {},
  ) => {
    const cluster = options.cluster ?? false;
    sites.push({
      id: demoUuid(`${provinceCode}:${key}`),
      operatorLaoCode: operator.code,
      provinceCode,
      districtCode: operator.districtCode,
      nameTh: options.name ?? siteName(method, operator, cluster, random),
      method,
      status,
      ...(options.at ?? pointNear(anchors.get(operator.districtCode)!, provinceCode, geometry, random)),
      capacityTonnesPerDay: options.capacity ?? null,
      openedYear: options.opened === undefined ? 2535 + floor(random() * 25) : options.opened,
      closedAfter: options.closedAfter ?? null,
      cluster,
      serves: options.serves ?? 'NEAREST',
    });
  };

  const bangkok = laos.find((l) => l.type === 'BANGKOK');
  if (bangkok) {
    BANGKOK_SITES.forEach((s, i) => {
      const at = isInProvince(s.at, provinceCode, geometry) ? s.at : pointNear(s.at, provinceCode, geometry, random, 0.03);
      add(`bangkok:${i}`, bangkok, s.method, s.status, { at, name: s.nameTh, capacity: s.capacity, opened: s.opened, serves: 'OPERATOR' });
    });
    return sites;
  }

  const pao = laos.find((l) => l.type === 'PAO');
  const capital =
    laos.find((l) => (l.type === 'CITY_MUNICIPALITY' || l.type === 'TOWN_MUNICIPALITY') && l.districtCode.endsWith('01')) ??
    laos.find((l) => l.type === 'CITY_MUNICIPALITY' || l.type === 'TOWN_MUNICIPALITY') ??
    laos.find((l) => MUNICIPAL.includes(l.type)) ??
    laos[0]!;
  /** A year a site opened: long ago mostly, sometimes during the demo years (its neighbours move to it then). */
  const openedYear = (recentChance: number) =>
    random() < recentChance ? firstYear + 1 + floor(random() * max(1, openYear - firstYear - 1)) : 2545 + floor(random() * (firstYear - 2545));

  const incinerator = CAPITAL_INCINERATORS[provinceCode];
  const wholeProvince = incinerator?.serves === 'PROVINCE';

  // The PAO's cluster centre: running in about six provinces out of ten, planned in some.
  let paoCluster = false;
  if (pao && !wholeProvince) {
    const r = random();
    const rdf = provinceCode === '21' || random() < 0.15;
    if (provinceCode === '12') add('pao:planned-incinerator', pao, 'INCINERATION', 'PLANNED', { cluster: true, opened: openYear + 2 });
    if (provinceCode === '21' || r < 0.65) {
      add('pao:cluster', pao, rdf ? 'RDF' : 'SANITARY_LANDFILL', 'OPERATING', { cluster: true, opened: openedYear(0.15) });
      paoCluster = true;
    } else if (r < 0.73) {
      add('pao:cluster', pao, 'SANITARY_LANDFILL', 'PLANNED', { cluster: true, opened: openYear + 1 + floor(random() * 3) });
    }
  }

  // The capital municipality's site; where it was opened during the demo years, its old dump closed the year before.
  const city = capital.type === 'CITY_MUNICIPALITY';
  const r = random();
  const capitalMethod: DisposalMethod = incinerator ? 'INCINERATION' : r < (city ? 0.75 : 0.45) ? 'SANITARY_LANDFILL' : r < (city ? 1 : 0.88) ? 'CONTROLLED_DUMP' : 'OPEN_DUMP';
  const capitalCluster = capitalMethod === 'INCINERATION' || (!paoCluster && capitalMethod === 'SANITARY_LANDFILL');
  const capitalOpened = incinerator?.opened ?? (capitalMethod === 'SANITARY_LANDFILL' ? openedYear(0.2) : 2535 + floor(random() * 20));
  add('capital', capital, capitalMethod, 'OPERATING', { cluster: capitalCluster, serves: incinerator?.serves ?? 'NEAREST', opened: capitalOpened });
  if (capitalOpened > firstYear || random() < 0.3) {
    const closedAfter = capitalOpened > firstYear ? capitalOpened - 1 : null;
    add('capital:old', capital, random() < 0.6 ? 'CONTROLLED_DUMP' : 'OPEN_DUMP', 'CLOSED', { name: `บ่อขยะเดิม${shortName(capital)}`, opened: 2525 + floor(random() * 15), closedAfter });
  }
  if (provinceCode === '20') {
    const pattaya = laos.find((l) => l.type === 'PATTAYA');
    if (pattaya) {
      add('pattaya', pattaya, 'SANITARY_LANDFILL', 'OPERATING', { name: 'ศูนย์กำจัดขยะมูลฝอยเมืองพัทยา (เขาไม้แก้ว)', opened: 2550, serves: 'OPERATOR' });
      add('pattaya:incinerator', pattaya, 'INCINERATION', 'PLANNED', { name: 'โรงเผาขยะมูลฝอยผลิตพลังงานไฟฟ้าเมืองพัทยา', opened: openYear + 2 });
    }
  }

  // Islands and districts with a site of their own.
  for (const [districtCode, island] of Object.entries(ISLANDS)) {
    if (!districtCode.startsWith(provinceCode)) continue;
    const district = laos.filter((l) => l.districtCode === districtCode);
    const operator = [...district].sort((a, b) => MUNICIPAL.indexOf(a.type) - MUNICIPAL.indexOf(b.type) || a.code.localeCompare(b.code)).find((l) => MUNICIPAL.includes(l.type)) ?? district[0];
    const at = isInProvince(island.at, provinceCode, geometry) ? island.at : undefined;
    if (operator) add(`district:${districtCode}`, operator, island.method, 'OPERATING', { name: island.name, serves: 'DISTRICT', opened: island.opened, at });
  }

  // The other municipalities' and SAOs' sites, about one per dozen LAOs: dumps mostly.
  const taken = new Set(sites.map((s) => s.operatorLaoCode));
  const candidates = laos
    .filter((l) => !taken.has(l.code) && collects(l.code) && !ISLANDS[l.districtCode] && (l.type === 'TOWN_MUNICIPALITY' || l.type === 'SUBDISTRICT_MUNICIPALITY' || l.type === 'SAO' || l.type === 'CITY_MUNICIPALITY'))
    .map((l) => ({ l, key: seededRandom(`waste-operator:${l.code}`)() ** (1 / (l.type === 'SAO' ? 1 : 5)) }))
    .sort((a, b) => b.key - a.key || a.l.code.localeCompare(b.l.code))
    .map((c) => c.l);
  const count = max(2, round(laos.length / LAOS_PER_SITE));
  for (const operator of candidates.slice(0, count)) {
    const m = random();
    const method: DisposalMethod = m < 0.49 ? 'OPEN_DUMP' : m < 0.97 ? 'CONTROLLED_DUMP' : 'SANITARY_LANDFILL';
    const s = random();
    // Where one site takes the whole province (Phuket), the old dumps are closed.
    const status: SiteStatus = wholeProvince || s < 0.08 ? 'CLOSED' : method === 'SANITARY_LANDFILL' && s < 0.2 ? 'PLANNED' : 'OPERATING';
    const closedAfter = status === 'CLOSED' && !wholeProvince && random() < 0.4 ? firstYear + floor(random() * max(1, openYear - firstYear)) : null;
    const opened = status === 'PLANNED' ? openYear + 1 + floor(random() * 2) : method === 'SANITARY_LANDFILL' ? openedYear(0.1) : 2530 + floor(random() * 30);
    add(`site:${operator.code}`, operator, method, status, { opened, closedAfter });
  }

  // Composting plants beside some municipalities' main site (their market and garden waste, a part of what they collect).
  for (const operator of laos.filter((l) => MUNICIPAL.includes(l.type) && l.type !== 'PATTAYA')) {
    if (seededRandom(`waste-compost:${operator.code}`)() < (operator.type === 'SUBDISTRICT_MUNICIPALITY' ? 0.004 : 0.14)) {
      add(`compost:${operator.code}`, operator, 'COMPOSTING', 'OPERATING', { serves: 'OPERATOR', opened: openedYear(0.2) });
    }
  }
  return sites;
}

const isProper = (method: DisposalMethod) => PROPER_DISPOSAL_METHODS.includes(method);

function inUse(site: DemoSite, fiscalYear: number): boolean {
  if (site.openedYear !== null && site.openedYear > fiscalYear) return false;
  if (site.status === 'OPERATING') return true;
  return site.status === 'CLOSED' && site.closedAfter !== null && site.closedAfter >= fiscalYear;
}

/** Splits hundredths by shares; the last part takes what rounding left, so the parts add up exactly. */
function split(total: number, shares: readonly number[]): number[] {
  const parts = shares.slice(0, -1).map((s) => round(total * s));
  return [...parts, total - parts.reduce((a, b) => a + b, 0)];
}

/**
 * Where each LAO's collected waste went in a year (`collected`: t/day by LAO, those collecting nothing absent): its
 * own site, or the nearest open site of its province (clusters count a third of the distance), split with the next one by
 * about one LAO in eight, a part to its composting plant where it runs one. The uses add up to what it collected,
 * or a little less (one in twenty-five burns or buries some on site).
 */
export function planUses(fiscalYear: number, laos: readonly SiteLao[], collected: ReadonlyMap<string, number>, network: SiteNetwork): DemoUse[] {
  const byProvince = new Map<string, DemoSite[]>();
  for (const s of network.sites) if (inUse(s, fiscalYear)) byProvince.set(s.provinceCode, [...(byProvince.get(s.provinceCode) ?? []), s]);
  const uses: DemoUse[] = [];
  for (const lao of laos) {
    const tonnes = collected.get(lao.code);
    if (!tonnes || tonnes <= 0) continue;
    const total = round(tonnes * 100);
    const sites = byProvince.get(lao.provinceCode) ?? [];
    const push = (site: DemoSite, hundredths: number) => {
      if (hundredths > 0) uses.push({ laoCode: lao.code, fiscalYear, siteId: site.id, hundredths });
    };
    if (lao.type === 'BANGKOK') {
      const yearly = seededRandom(`waste-use:${lao.code}:${fiscalYear}`);
      let left = total;
      for (const site of sites.filter((s) => isProper(s.method))) {
        const t = min(left, round((site.capacityTonnesPerDay ?? 0) * 100 * (0.85 + yearly() * 0.1)));
        push(site, t);
        left -= t;
      }
      const transfer = sites.filter((s) => s.method === 'TRANSFER_STATION');
      split(left, BANGKOK_TRANSFER_SHARES.slice(0, transfer.length)).forEach((t, i) => push(transfer[i]!, t));
      continue;
    }

    const habit = habitOf(network, lao.code);
    const sent = round(total * habit.sends);
    const own = sites.filter((s) => s.operatorLaoCode === lao.code);
    const compost = own.find((s) => s.serves === 'OPERATOR' && s.method === 'COMPOSTING');
    const composted = compost ? round(sent * habit.composted) : 0;
    const rest = sent - composted;
    const main =
      sites.find((s) => s.serves === 'PROVINCE') ??
      sites.find((s) => s.serves === 'DISTRICT' && s.districtCode === lao.districtCode) ??
      own.filter((s) => s.serves !== 'OPERATOR' || s.method !== 'COMPOSTING').sort((a, b) => Number(isProper(b.method)) - Number(isProper(a.method)))[0];
    if (compost) push(compost, composted);
    if (main) {
      push(main, rest);
      continue;
    }
    const here = network.positions.get(lao.code)!;
    const ranked = sites
      .filter((s) => s.serves === 'NEAREST')
      .map((s) => ({ s, score: distanceKm(here, s) * (s.cluster ? CLUSTER_PULL : isProper(s.method) ? 0.8 : 1) }))
      .sort((a, b) => a.score - b.score || a.s.id.localeCompare(b.s.id));
    const [first, second] = ranked;
    if (!first) continue;
    if (second && habit.split !== null) {
      const [a, b] = split(rest, [habit.split, 0]);
      push(first.s, a!);
      push(second.s, b!);
    } else {
      push(first.s, rest);
    }
  }
  return uses;
}

/** Capacities from what the sites received (the busiest year, with room to spare); fixed ones (Bangkok's) stay. */
export function setCapacities(sites: DemoSite[], uses: readonly DemoUse[]): void {
  const load = new Map<string, Map<number, number>>();
  for (const u of uses) {
    const years = load.get(u.siteId) ?? new Map<number, number>();
    years.set(u.fiscalYear, (years.get(u.fiscalYear) ?? 0) + u.hundredths);
    load.set(u.siteId, years);
  }
  const nice = (t: number) => (t < 20 ? ceil(t) : t < 100 ? ceil(t / 5) * 5 : t < 1_000 ? ceil(t / 10) * 10 : ceil(t / 50) * 50);
  for (const site of sites) {
    if (site.capacityTonnesPerDay !== null) continue;
    const random = seededRandom(`waste-capacity:${site.id}`);
    const busiest = max(0, ...(load.get(site.id)?.values() ?? [])) / 100;
    const typical = { SANITARY_LANDFILL: 150, INCINERATION: 100, RDF: 300, COMPOSTING: 10, TRANSFER_STATION: 50, CONTROLLED_DUMP: 25, OPEN_DUMP: 10 }[site.method];
    site.capacityTonnesPerDay = nice((busiest > 0 ? busiest : typical) * (1.15 + random() * 0.75));
  }
}
