import { indicatorValueSchema, saveInfoSectionSchema } from './info';

type Rule = Parameters<typeof indicatorValueSchema>[0];
const rule = (r: Partial<Rule> & Pick<Rule, 'valueType'>): Rule => ({ min: null, max: null, decimals: null, options: null, maxLength: null, ...r });

/** The message keys a value is refused with (none when it is accepted). */
const refusals = (r: Parameters<typeof rule>[0], value: unknown) => indicatorValueSchema(rule(r)).safeParse(value).error?.issues.map((i) => i.message) ?? [];

describe('integer indicators', () => {
  it('take whole numbers within their bounds, bounds included', () => {
    expect(refusals({ valueType: 'INTEGER', min: 5, max: 10 }, 5)).toEqual([]);
    expect(refusals({ valueType: 'INTEGER', min: 5, max: 10 }, 10)).toEqual([]);
    expect(refusals({ valueType: 'INTEGER', min: 5, max: 10 }, 4)).toEqual(['info.belowMinimum']);
    expect(refusals({ valueType: 'INTEGER', min: 5, max: 10 }, 11)).toEqual(['info.aboveMaximum']);
  });

  it('have no bound where none is set', () => {
    expect(refusals({ valueType: 'INTEGER' }, -1_000_000)).toEqual([]);
    expect(refusals({ valueType: 'INTEGER' }, 1_000_000_000)).toEqual([]);
  });

  it('say why a value is not a whole number', () => {
    expect(refusals({ valueType: 'INTEGER' }, 1.5)).toEqual(['info.notAnInteger']);
    expect(refusals({ valueType: 'INTEGER' }, '3')).toEqual(['info.notANumber']);
    expect(refusals({ valueType: 'INTEGER' }, null)).toEqual([]);
  });
});

describe('decimal indicators', () => {
  it('take values within their bounds, bounds included', () => {
    expect(refusals({ valueType: 'DECIMAL', min: 0.5, max: 2.5 }, 0.5)).toEqual([]);
    expect(refusals({ valueType: 'DECIMAL', min: 0.5, max: 2.5 }, 2.5)).toEqual([]);
    expect(refusals({ valueType: 'DECIMAL', min: 0.5, max: 2.5 }, 0.49)).toEqual(['info.belowMinimum']);
    expect(refusals({ valueType: 'DECIMAL', min: 0.5, max: 2.5 }, 2.51)).toEqual(['info.aboveMaximum']);
  });

  it('have no bound where none is set', () => {
    expect(refusals({ valueType: 'DECIMAL' }, -12.5)).toEqual([]);
    expect(refusals({ valueType: 'DECIMAL' }, 1e12)).toEqual([]);
  });

  it('keep two decimals unless the indicator says otherwise', () => {
    expect(refusals({ valueType: 'DECIMAL' }, 1.25)).toEqual([]);
    expect(refusals({ valueType: 'DECIMAL' }, 1.255)).toEqual(['info.tooManyDecimals']);
    expect(refusals({ valueType: 'DECIMAL', decimals: 3 }, 1.255)).toEqual([]);
    expect(refusals({ valueType: 'DECIMAL', decimals: 3 }, 1.2555)).toEqual(['info.tooManyDecimals']);
    expect(refusals({ valueType: 'DECIMAL', decimals: 0 }, 3)).toEqual([]);
    expect(refusals({ valueType: 'DECIMAL', decimals: 0 }, 3.5)).toEqual(['info.tooManyDecimals']);
  });

  it('say why a value is not a number', () => {
    expect(refusals({ valueType: 'DECIMAL' }, '1.5')).toEqual(['info.notANumber']);
    expect(refusals({ valueType: 'DECIMAL' }, Number.POSITIVE_INFINITY)).toContain('info.notANumber');
  });
});

describe('yes/no and choice indicators', () => {
  const options = [
    { value: 'A', labelTh: 'ก', labelEn: 'A' },
    { value: 'B', labelTh: 'ข', labelEn: 'B' },
  ];

  it('say why a value is refused', () => {
    expect(refusals({ valueType: 'BOOLEAN' }, 'yes')).toEqual(['info.notABoolean']);
    expect(refusals({ valueType: 'CHOICE', options }, 'C')).toEqual(['info.unknownOption']);
    expect(refusals({ valueType: 'CHOICE', options }, 1)).toEqual(['info.unknownOption']);
    expect(refusals({ valueType: 'MULTI_CHOICE', options }, ['A', 'C'])).toEqual(['info.unknownOption']);
    expect(refusals({ valueType: 'MULTI_CHOICE', options }, 'A')).toEqual(['info.unknownOption']);
    expect(refusals({ valueType: 'MULTI_CHOICE', options }, ['B', 'B'])).toEqual(['info.duplicateOption']);
  });

  it('take every option, none, or no answer', () => {
    expect(refusals({ valueType: 'MULTI_CHOICE', options }, ['B', 'A'])).toEqual([]);
    expect(refusals({ valueType: 'MULTI_CHOICE', options }, [])).toEqual([]);
    expect(refusals({ valueType: 'MULTI_CHOICE', options }, null)).toEqual([]);
    expect(refusals({ valueType: 'CHOICE', options }, null)).toEqual([]);
    expect(refusals({ valueType: 'BOOLEAN' }, null)).toEqual([]);
  });

  it('offer nothing to choose when the indicator has no options', () => {
    expect(refusals({ valueType: 'CHOICE' }, 'A')).toEqual(['info.unknownOption']);
    expect(refusals({ valueType: 'MULTI_CHOICE' }, ['A'])).not.toEqual([]);
  });
});

describe('text indicators', () => {
  it('store a blank answer as no answer, and trim the rest', () => {
    const schema = indicatorValueSchema(rule({ valueType: 'TEXT' }));
    expect(schema.parse('   ')).toBeNull();
    expect(schema.parse(' ตลาดสด ')).toBe('ตลาดสด');
    expect(schema.parse(null)).toBeNull();
  });

  it('take 2,000 characters unless the indicator says otherwise', () => {
    expect(refusals({ valueType: 'TEXT' }, 'ก'.repeat(2000))).toEqual([]);
    expect(refusals({ valueType: 'TEXT' }, 'ก'.repeat(2001))).not.toEqual([]);
    expect(refusals({ valueType: 'TEXT', maxLength: 3 }, 'กขค')).toEqual([]);
  });
});

describe('saving an INFO section', () => {
  const section = { laoCode: '5100101', fiscalYear: 2569, domain: 'DISASTER', values: [{ indicatorCode: 'DS01', value: 3 }] };
  const refused = (change: object) => saveInfoSectionSchema.safeParse({ ...section, ...change }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];

  it('takes the values of one domain of one LAO and fiscal year', () => {
    expect(saveInfoSectionSchema.parse(section)).toEqual(section);
    expect(refused({ values: [] })).toEqual([]);
    expect(refused({ values: Array(200).fill({ indicatorCode: 'DS01', value: null }) })).toEqual([]);
    expect(refused({ values: Array(201).fill({ indicatorCode: 'DS01', value: null }) })).not.toEqual([]);
  });

  it.each(['5100', '51001011', 'x5100101', '5100101x', 'abcdefg'])('refuses the LAO code %s', (laoCode) => {
    expect(refused({ laoCode })).toEqual(['laoCode: input.laoCode']);
  });

  it.each(['DS1', 'DS001', 'D01', 'ds01', 'xDS01', 'DS01x', '1234', 'DSAB'])('refuses the indicator code %s', (indicatorCode) => {
    expect(refused({ values: [{ indicatorCode, value: 1 }] })).toEqual(['values.0.indicatorCode: info.unknownIndicator']);
  });

  it('takes fiscal years 2540 to 2700 and domains of INFO only', () => {
    expect(refused({ fiscalYear: 2540 })).toEqual([]);
    expect(refused({ fiscalYear: 2700 })).toEqual([]);
    expect(refused({ fiscalYear: 2701 })).toEqual(['fiscalYear: input.fiscalYear']);
    expect(refused({ fiscalYear: 2539 })).toEqual(['fiscalYear: input.fiscalYear']);
    expect(refused({ domain: 'LANDFILL' })).not.toEqual([]);
  });
});
