import type { WasteFigures } from '@lao/domain';
import { screen, within } from '@testing-library/react';
import { renderWithApp } from '../../test/render';
import { indicator } from '../catalogue/fixtures';
import { formatFigure } from './figures';
import { FiguresCard } from './FiguresCard';

const FIGURES: WasteFigures = {
  populationServed: 12_345,
  generatedTonnesPerDay: 1234.5,
  collectedTonnesPerDay: 1000,
  properlyDisposedTonnesPerDay: null,
  recycledTonnesPerYear: 50_000,
  kgPerCapitaPerDay: 0.153,
  collectionCoverage: 0.853,
  properDisposalShare: null,
  recyclingRate: 0.1,
  costRecovery: 1.25,
};

const GENERATED = indicator({ code: 'WC05', section: 'COLLECTION', labelTh: 'ปริมาณขยะมูลฝอยที่เกิดขึ้น', valueType: 'DECIMAL', unit: 'ตัน/วัน' });

function valueOf(name: string) {
  const term = screen.getByText(name, { selector: 'dt' });
  return term.nextElementSibling?.textContent;
}

describe('the figures card', () => {
  it('shows shares as per cent, tonnages with Thai grouping and their units, and "—" where a figure cannot be computed', () => {
    renderWithApp(<FiguresCard figures={FIGURES} warnings={[]} catalogue={[GENERATED]} />);
    expect(valueOf('สัดส่วนประชากรที่ได้รับบริการเก็บขน')).toBe('85.3%');
    expect(valueOf('รายได้ค่าธรรมเนียมต่อค่าใช้จ่าย')).toBe('125.0%');
    expect(valueOf('อัตราการนำขยะกลับมาใช้ประโยชน์')).toBe('10.0%');
    expect(valueOf('สัดส่วนขยะที่กำจัดอย่างถูกต้อง')).toBe('—');
    expect(valueOf('ปริมาณขยะที่กำจัดอย่างถูกต้อง')).toBe('—');
    expect(valueOf('ปริมาณขยะที่เกิดขึ้น')).toBe('1,234.50 ตัน/วัน');
    expect(valueOf('ปริมาณขยะที่นำกลับมาใช้ประโยชน์')).toBe('50,000.00 ตัน/ปี');
    expect(valueOf('ประชากรที่ได้รับบริการเก็บขน')).toBe('12,345 คน');
    expect(valueOf('อัตราการเกิดขยะต่อคนต่อวัน')).toBe('0.15 กก./คน/วัน');
    expect(screen.getByText('ไม่พบค่าที่ผิดปกติ')).toBeInTheDocument();
  });

  it('says the warnings in Thai words', () => {
    renderWithApp(
      <FiguresCard
        figures={FIGURES}
        catalogue={[GENERATED]}
        warnings={[
          { code: 'KG_PER_CAPITA_LOW', indicatorCodes: ['WC05', 'WC01'], value: 0.15, previous: null },
          { code: 'CHANGE_FROM_LAST_YEAR', indicatorCodes: ['WC05'], value: 162, previous: 100 },
        ]}
      />,
    );
    const list = screen.getByRole('list', { name: 'ข้อสังเกตความสมเหตุสมผลของข้อมูล' });
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '⚠ ปริมาณขยะต่อคนต่อวัน 0.15 กก. ต่ำกว่าปกติ (0.2–3 กก.)',
      '⚠ ปริมาณขยะที่เกิดขึ้นเพิ่มขึ้น 62% จากปีก่อน (100 → 162 ตัน/วัน)',
    ]);
  });

  it('formats a missing or broken figure as "—" in English too', () => {
    const t = (id: string) => id;
    expect(formatFigure('collectionCoverage', null, t as never)).toBe('—');
    expect(formatFigure('kgPerCapitaPerDay', Number.NaN, t as never)).toBe('—');
    expect(formatFigure('collectionCoverage', 0, t as never)).toBe('0.0%');
  });
});
