import type { IndicatorValue, WasteSection } from '@lao/domain';
import type { Caller, GraphQLResult, TestApp } from './test-app';

/**
 * A complete, plausible Waste report (every cross-field rule holds, no warning): 10,000 people in 4,000 households,
 * 10 t/day generated (1 kg per person per day), 8 t/day collected, 365 t/year recovered (10 % of a year's waste).
 */
export const FULL_REPORT: Record<WasteSection, Record<string, IndicatorValue>> = {
  COLLECTION: { WC01: 10_000, WC02: 4_000, WC03: 8_000, WC04: 3_200, WC05: 10, WC06: 8, WC07: 3, WC08: 2, WC09: 12 },
  SEPARATION_RECYCLING: { WS01: 1_000, WS02: 2, WS03: 150, WS04: 200, WS05: 165, WS06: 1.5, WS07: 4, WS08: 500 },
  FEES_COSTS: { WF01: 20, WF02: 3_000, WF03: 300_000, WF04: 1_200_000, WF05: 50_000, WF06: true, WF07: false, WF08: true },
};

export const WASTE_SECTION_CODES = Object.keys(FULL_REPORT) as WasteSection[];

export type ValueInput = { indicatorCode: string; value: unknown };
/** `{ WC05: 10 }` as saveWasteSection's list of values. */
export const entries = (values: Record<string, unknown>): ValueInput[] => Object.entries(values).map(([indicatorCode, value]) => ({ indicatorCode, value }));

export const FIGURE_FIELDS = `populationServed generatedTonnesPerDay collectedTonnesPerDay properlyDisposedTonnesPerDay recycledTonnesPerYear
  kgPerCapitaPerDay collectionCoverage properDisposalShare recyclingRate costRecovery`;

const REPORT_FIELDS = `module laoCode fiscalYear status complete allowedActions editable windowOpen
  sections { section complete missing values { indicatorCode value } }
  disposal { site { id nameTh method } tonnesPerDay }
  figures { ${FIGURE_FIELDS} }
  warnings { code indicatorCodes value previous }
  history { action fromStatus toStatus actor comment }`;

export type WasteFiguresResult = Record<
  | 'populationServed'
  | 'generatedTonnesPerDay'
  | 'collectedTonnesPerDay'
  | 'properlyDisposedTonnesPerDay'
  | 'recycledTonnesPerYear'
  | 'kgPerCapitaPerDay'
  | 'collectionCoverage'
  | 'properDisposalShare'
  | 'recyclingRate'
  | 'costRecovery',
  number | null
>;

export interface WasteReportResult {
  module: string;
  laoCode: string;
  fiscalYear: number;
  status: string;
  complete: boolean;
  allowedActions: string[];
  editable: boolean;
  windowOpen: boolean;
  sections: { section: string; complete: boolean; missing: string[]; values: { indicatorCode: string; value: unknown }[] }[];
  disposal: { site: { id: string; nameTh: string; method: string }; tonnesPerDay: number }[];
  figures: WasteFiguresResult;
  warnings: { code: string; indicatorCodes: string[]; value: number; previous: number | null }[];
  history: { action: string; fromStatus: string; toStatus: string; actor: string; comment: string | null }[];
}

/** Every value of a report, all sections in one object (nulls left out), for compact assertions. */
export function recorded(report: WasteReportResult): Record<string, unknown> {
  return Object.fromEntries(report.sections.flatMap((s) => s.values).filter((v) => v.value !== null).map((v) => [v.indicatorCode, v.value]));
}

/** Waste's report operations over real HTTP, as the SPA and partners call them. */
export function wasteApi(sut: TestApp) {
  const api = {
    report: (laoCode: string, fiscalYear: number, caller: Caller) =>
      sut.gql<{ wasteReport: WasteReportResult }>(`query($lao: String!, $fy: Int!) { wasteReport(laoCode: $lao, fiscalYear: $fy) { ${REPORT_FIELDS} } }`, { lao: laoCode, fy: fiscalYear }, caller),

    /** The report as the caller reads it; fails the test when the read is refused. */
    async read(laoCode: string, fiscalYear: number, caller: Caller): Promise<WasteReportResult> {
      const res = await api.report(laoCode, fiscalYear, caller);
      if (!res.data?.wasteReport) throw new Error(`wasteReport ${laoCode} ${fiscalYear} failed: ${JSON.stringify(res.errors)}`);
      return res.data.wasteReport;
    },

    saveSection: (laoCode: string, fiscalYear: number, section: WasteSection, values: Record<string, unknown> | ValueInput[], caller: Caller) =>
      sut.gql<{ saveWasteSection: WasteReportResult }>(
        `mutation($input: SaveWasteSectionInput!) { saveWasteSection(input: $input) { ${REPORT_FIELDS} } }`,
        { input: { laoCode, fiscalYear, section, values: Array.isArray(values) ? values : entries(values) } },
        caller,
      ),

    saveDisposal: (laoCode: string, fiscalYear: number, uses: { siteId: string; tonnesPerDay: number }[], caller: Caller) =>
      sut.gql<{ saveWasteDisposal: WasteReportResult }>(
        `mutation($input: SaveWasteDisposalInput!) { saveWasteDisposal(input: $input) { ${REPORT_FIELDS} } }`,
        { input: { laoCode, fiscalYear, uses } },
        caller,
      ),

    certify: (laoCode: string, fiscalYear: number, caller: Caller) =>
      sut.gql<{ certifyWaste: WasteReportResult }>(`mutation($lao: String!, $fy: Int!) { certifyWaste(laoCode: $lao, fiscalYear: $fy) { ${REPORT_FIELDS} } }`, { lao: laoCode, fy: fiscalYear }, caller),

    /** Saves every section of FULL_REPORT (with `overrides` per code); fails the test when a save is refused. */
    async fill(laoCode: string, fiscalYear: number, caller: Caller, overrides: Record<string, IndicatorValue> = {}): Promise<WasteReportResult> {
      let last: GraphQLResult<{ saveWasteSection: WasteReportResult }> | null = null;
      for (const section of WASTE_SECTION_CODES) {
        const values = Object.fromEntries(Object.entries(FULL_REPORT[section]).map(([code, value]) => [code, code in overrides ? overrides[code] : value]));
        last = await api.saveSection(laoCode, fiscalYear, section, values, caller);
        if (!last.data?.saveWasteSection) throw new Error(`saveWasteSection ${section} failed: ${JSON.stringify(last.errors)}`);
      }
      return last!.data!.saveWasteSection;
    },
  };
  return api;
}
