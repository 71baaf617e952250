import type { IndicatorDefinition, IndicatorValue, LaoType } from '@lao/domain';
import { INFO_CATALOGUE_V1 } from '../info/migrations/info-catalogue-v1.data';
import { seededRandom } from './info-demo';
import { demoInfoValue } from './info-demo-values';

// Read once (jest's sandbox proxies globals, and the demo calls these hundreds of thousands of times).
const { max, min, round } = Math;

/*
 * Plausible Waste report values (the PCD's forms คพ.1–3) for the demonstration registry. Each LAO has stable traits
 * drawn once from its code (how much its people throw away, how much of its area the trucks reach, its fee), so it
 * looks the same from year to year; the yearly PRNG adds a few per cent of movement. Population and households are
 * INFO's (SC01, SC02: the registry's figures), so the two modules agree about the same LAO.
 *
 * Calibrated on the public national figures (domain.md §5): about 1.1 kg per person per day, a third of the waste
 * recovered (recycled or composted), collection everywhere in towns and cities but not in many rural SAOs, fees of
 * 20–40 baht per household per month in municipalities that cover a fraction of the cost.
 *
 * A PAO's own report is small: it collects only at what it runs itself (markets, bus terminals, its schools), and the
 * province's people are counted by the municipalities and SAOs that collect from them, so it reports no population
 * (counting them again would halve the national kg per person). Its part in waste is the cluster sites it runs
 * (waste-demo-sites.ts); their cost and the disposal fees its members pay are added by the seed (paoSiteFinances).
 */

type Range = readonly [number, number];
type ByType<T> = Record<LaoType, T>;

/** Per-type figures in a fixed order: SAO, subdistrict municipality, town, city, Pattaya, Bangkok, PAO. */
function t7<T>(sao: T, subdistrict: T, town: T, city: T, pattaya: T, bangkok: T, pao: T): ByType<T> {
  return { SAO: sao, SUBDISTRICT_MUNICIPALITY: subdistrict, TOWN_MUNICIPALITY: town, CITY_MUNICIPALITY: city, PATTAYA: pattaya, BANGKOK: bangkok, PAO: pao };
}

const BASE_YEAR = 2566;

/** kg per person per day in 2566 (urban higher; Pattaya's registered population is a fraction of who stays there). */
const KG_PER_PERSON = t7<Range>([0.8, 1.05], [0.9, 1.25], [1.05, 1.4], [1.15, 1.55], [2.5, 2.7], [1.5, 1.55], [0, 0]);
/** Tourist provinces: visitors' waste on top of the residents' (Chonburi, Trat, Prachuap Khiri Khan, Krabi, Phang Nga, Phuket, Surat Thani). */
const TOURIST_PROVINCES = new Set(['20', '23', '77', '81', '82', '83', '84']);
const TOURIST_FACTOR = 1.2;
/** Chance the LAO runs a collection service at all (many rural SAOs do not: households burn or bury). */
const COLLECTS = t7(0.68, 0.97, 1, 1, 1, 1, 1);
/** Share of the population the trucks reach in 2566, where there is a service; SAOs and small towns extend it yearly. */
const COVERAGE = t7<Range>([0.3, 0.85], [0.65, 0.95], [0.88, 0.98], [0.94, 0.995], [0.97, 0.99], [0.985, 0.995], [0, 0]);
const COVERAGE_GROWTH = t7(0.012, 0.008, 0.003, 0.001, 0, 0, 0);
/** Tonnes per truck per day. */
const PER_VEHICLE = t7<Range>([2.5, 5], [3, 6], [4, 7], [5, 8], [6, 8], [4.2, 4.6], [0.6, 1.2]);
/** Collection rounds per week. */
const FREQUENCY = t7<Range>([1, 3], [2, 6], [5, 7], [6, 7], [7, 7], [7, 7], [3, 6]);
const WORKERS_PER_VEHICLE = t7<Range>([2, 3.5], [2.5, 4], [3, 4.5], [3.5, 5], [4, 5], [4.5, 5], [2, 4]);
/** Households separating at source, as a share of all (the rural campaigns report high figures). */
const SEPARATING = t7<Range>([0.4, 0.85], [0.3, 0.7], [0.2, 0.5], [0.15, 0.4], [0.1, 0.2], [0.1, 0.2], [0, 0]);
const WASTE_BANKS = t7<Range>([1, 6], [1, 8], [3, 20], [10, 60], [10, 20], [400, 600], [0, 2]);
const BANK_MEMBERS = t7<Range>([20, 70], [25, 80], [30, 90], [40, 120], [40, 100], [40, 100], [15, 40]);
/** Recyclables recovered (junk shops, waste banks, pickers) and organics composted or fed to animals, shares of generated. */
const RECYCLED = t7<Range>([0.15, 0.25], [0.18, 0.28], [0.2, 0.3], [0.22, 0.32], [0.2, 0.26], [0.25, 0.29], [0.08, 0.15]);
const COMPOSTED = t7<Range>([0.06, 0.14], [0.04, 0.1], [0.03, 0.07], [0.02, 0.05], [0.01, 0.03], [0.03, 0.05], [0, 0.05]);
const RECOVERY_GROWTH = 0.004;
/** Household hazardous waste collected, share of generated (a PAO gathers its province's: tonnes a year, below). */
const HAZARDOUS = t7<Range>([0.0003, 0.002], [0.0005, 0.0025], [0.0008, 0.003], [0.001, 0.0035], [0.001, 0.002], [0.0015, 0.0025], [0, 0]);
const DROP_OFF = t7<Range>([1, 12], [2, 15], [5, 30], [15, 80], [20, 40], [1_000, 1_500], [0, 5]);
const WET_BINS = t7<Range>([0.3, 0.8], [0.15, 0.5], [0.05, 0.25], [0.02, 0.1], [0.01, 0.05], [0.005, 0.02], [0, 0]);
/** Monthly fee per household (ministerial rates: multiples of 5 or 10 baht), weights. */
const FEES: ByType<Record<number, number>> = {
  SAO: { 0: 20, 10: 25, 20: 40, 30: 15 },
  SUBDISTRICT_MUNICIPALITY: { 20: 50, 25: 10, 30: 25, 40: 15 },
  TOWN_MUNICIPALITY: { 20: 40, 25: 10, 30: 30, 40: 20 },
  CITY_MUNICIPALITY: { 20: 30, 30: 35, 40: 35 },
  PATTAYA: { 40: 1 },
  BANGKOK: { 20: 1 },
  PAO: { 0: 1 },
};
/** Households billed among those served, and the share of the billed fees actually paid. */
const BILLED = t7<Range>([0.6, 0.9], [0.7, 0.95], [0.75, 0.95], [0.75, 0.95], [0.8, 0.95], [0.6, 0.75], [0, 0]);
const PAID = t7<Range>([0.65, 0.9], [0.7, 0.92], [0.75, 0.95], [0.75, 0.95], [0.8, 0.95], [0.75, 0.85], [0, 0]);
/** Cost of collecting and disposing of a tonne (baht), trucks, crews and disposal fees together. */
const COST_PER_TONNE = t7<Range>([700, 1_300], [900, 1_500], [1_100, 1_800], [1_300, 2_100], [2_000, 2_600], [2_100, 2_400], [1_200, 2_000]);
const ORDINANCE = t7(0.6, 0.88, 0.97, 1, 1, 1, 0.8);
const CONTRACTED = t7(0.08, 0.2, 0.35, 0.5, 1, 1, 0.3);
/** Price of a collection truck (baht), for capital spending. */
const TRUCK_PRICE = 2_400_000;

export interface WasteDemoLao {
  code: string;
  type: LaoType;
  provinceCode: string;
}

/** What makes an LAO's reports its own, drawn once from its code. */
export interface WasteTraits {
  kgPerPerson: number;
  collects: boolean;
  coverage: number;
  collectedShare: number;
  perVehicle: number;
  frequency: number;
  workersPerVehicle: number;
  separating: number;
  banks: number;
  bankMembers: number;
  recycled: number;
  composted: number;
  hazardous: number;
  dropOff: number;
  wetBins: number;
  fee: number;
  billed: number;
  paid: number;
  costPerTonne: number;
  ordinance: boolean;
  contracted: boolean;
  /** PAO: tonnes a day from what it runs itself; tonnes a year of hazardous waste it gathers for the province. */
  paoTonnes: number;
  paoHazardous: number;
}

/**
 * A value the LAO typed in wrongly or that really moved, so the province sees warnings: generation per person far
 * too low (only what the trucks bring, in a small part of the area) or too high (market and tourist waste counted on
 * a small registered population), or generation and collection jumping by two thirds (first year weighed at the site).
 */
export type WasteQuirk = 'LOW' | 'HIGH' | 'JUMP';

const between = ([lo, hi]: Range, t: number) => lo + (hi - lo) * t;
const round2 = (n: number) => round(n * 100) / 100;

function pick(weights: Record<number, number>, t: number): number {
  const entries = Object.entries(weights).map(([k, w]) => [Number(k), w] as const);
  let draw = t * entries.reduce((sum, [, w]) => sum + w, 0);
  for (const [value, w] of entries) {
    draw -= w;
    if (draw < 0) return value;
  }
  return entries[entries.length - 1]![0];
}

export function wasteTraits(lao: WasteDemoLao): WasteTraits {
  const r = seededRandom(`waste-lao:${lao.code}`);
  const type = lao.type;
  const tourist = TOURIST_PROVINCES.has(lao.provinceCode) && type !== 'PATTAYA' ? TOURIST_FACTOR : 1;
  const collects = r() < COLLECTS[type];
  const traits: WasteTraits = {
    kgPerPerson: between(KG_PER_PERSON[type], r()) * tourist,
    collects,
    coverage: collects ? between(COVERAGE[type], r()) : (r(), 0),
    collectedShare: between([0.9, 1], r()),
    perVehicle: between(PER_VEHICLE[type], r()),
    frequency: round(between(FREQUENCY[type], r()) * 2) / 2,
    workersPerVehicle: between(WORKERS_PER_VEHICLE[type], r()),
    separating: between(SEPARATING[type], r()),
    banks: round(between(WASTE_BANKS[type], r())),
    bankMembers: between(BANK_MEMBERS[type], r()),
    recycled: between(RECYCLED[type], r()),
    composted: between(COMPOSTED[type], r()),
    hazardous: between(HAZARDOUS[type], r()),
    dropOff: round(between(DROP_OFF[type], r())),
    wetBins: between(WET_BINS[type], r()),
    fee: collects ? pick(FEES[type], r()) : (r(), 0),
    billed: between(BILLED[type], r()),
    paid: between(PAID[type], r()),
    costPerTonne: between(COST_PER_TONNE[type], r()),
    ordinance: r() < ORDINANCE[type],
    contracted: collects && r() < CONTRACTED[type],
    paoTonnes: between([0.5, 3], r()),
    paoHazardous: between([5, 60], r()),
  };
  if (type === 'SAO' && traits.banks > 0 && r() < 0.12) traits.banks = 0;
  return traits;
}

const SC01 = INFO_CATALOGUE_V1.find((i) => i.code === 'SC01')!;
const SC02 = INFO_CATALOGUE_V1.find((i) => i.code === 'SC02')!;
/** INFO's figure without its yearly noise (the mid-point of its PRNG). */
const steady = (indicator: IndicatorDefinition, lao: WasteDemoLao, fiscalYear: number) => demoInfoValue(indicator, lao, fiscalYear, () => 0.5) as number;

/**
 * An LAO's whole report for a year: every indicator of the catalogue but WF08 (cluster membership, known once its
 * disposal is planned), numbers rounded as the catalogue keeps them. A PAO's WF03 and WF04 are its own collection
 * only until the seed adds its sites' (paoSiteFinances).
 */
export function wasteReportValues(lao: WasteDemoLao, traits: WasteTraits, fiscalYear: number, random: () => number, quirk: WasteQuirk | null = null): Map<string, IndicatorValue> {
  const t = fiscalYear - BASE_YEAR;
  const type = lao.type;
  const pao = type === 'PAO';
  const population = pao ? 0 : steady(SC01, lao, fiscalYear);
  const households = pao ? 0 : steady(SC02, lao, fiscalYear);
  const moved = (spread: number) => 1 + (random() * 2 - 1) * spread;

  let kg = traits.kgPerPerson * 1.01 ** t * moved(0.03);
  if (quirk === 'LOW') kg = 0.12 + random() * 0.06;
  if (quirk === 'HIGH') kg = 3.1 + random() * 0.5;
  let generated = pao ? round2(traits.paoTonnes * moved(0.05)) : max(0.01, round2((population * kg) / 1000));
  if (quirk === 'JUMP') generated = round2(generated * (1.6 + random() * 0.2));
  const coverage = pao ? 0 : traits.collects ? min(type === 'SAO' || type === 'SUBDISTRICT_MUNICIPALITY' ? 0.97 : 0.998, traits.coverage + COVERAGE_GROWTH[type] * t) : 0;
  const collectedShare = pao ? between([0.95, 1], random()) : min(1, traits.collectedShare * moved(0.015));
  const collected = min(generated, round2(generated * (pao ? 1 : coverage) * collectedShare));
  const served = round(population * coverage);
  const householdsServed = min(households, round(households * coverage * between([0.98, 1], random())));
  const vehicles = collected > 0 ? max(1, round(collected / traits.perVehicle)) : 0;
  const recovery = 1 + RECOVERY_GROWTH * t;
  const perYear = generated * 365;
  const banks = traits.banks;
  const billed = traits.fee > 0 ? round(householdsServed * traits.billed) : 0;
  const revenue = round(traits.fee * billed * 12 * traits.paid * moved(0.03));
  const cost = round(collected * 365 * traits.costPerTonne * 1.03 ** t * moved(0.04));
  // A truck bought now and then (a city every year), more in a year the LAO extends its service.
  const trucksBought = random() < (vehicles > 20 ? 0.9 : 0.3) ? max(1, round(vehicles * between([0.05, 0.2], random()))) : 0;

  return new Map<string, IndicatorValue>([
    ['WC01', population],
    ['WC02', households],
    ['WC03', served],
    ['WC04', householdsServed],
    ['WC05', generated],
    ['WC06', collected],
    ['WC07', vehicles],
    ['WC08', collected > 0 ? traits.frequency : 0],
    ['WC09', round(vehicles * traits.workersPerVehicle)],
    ['WS01', min(households, round(households * min(0.95, traits.separating * (1 + 0.03 * t))))],
    ['WS02', banks],
    ['WS03', round(banks * traits.bankMembers * moved(0.05))],
    ['WS04', round2(perYear * traits.recycled * recovery * moved(0.03))],
    ['WS05', round2(perYear * traits.composted * recovery * moved(0.05))],
    ['WS06', pao ? round2(traits.paoHazardous * moved(0.1)) : round2(perYear * traits.hazardous * moved(0.1))],
    ['WS07', traits.dropOff],
    ['WS08', min(households, round(households * traits.wetBins * (1 + 0.02 * t)))],
    ['WF01', traits.fee],
    ['WF02', billed],
    ['WF03', revenue],
    ['WF04', cost],
    ['WF05', trucksBought * TRUCK_PRICE],
    ['WF06', traits.ordinance],
    ['WF07', traits.contracted],
  ]);
}

/** A PAO's report with its cluster sites: their running cost (baht a year) and the disposal fees its members pay. */
export function paoSiteFinances(values: Map<string, IndicatorValue>, ownTonnes: number, membersTonnes: number, random: () => number): void {
  if (ownTonnes + membersTonnes <= 0) return;
  const cost = (values.get('WF04') as number) + round((ownTonnes + membersTonnes) * 365 * between([350, 600], random()));
  values.set('WF04', cost);
  values.set('WF03', round(membersTonnes * 365 * between([200, 350], random())));
}
