import { createRef } from 'react';
import { screen } from '@testing-library/react';
import { renderWithApp } from '../../test/render';
import { CATALOGUE, FIRE_TRUCKS } from '../catalogue/fixtures';
import { DOMAIN_PANEL_ID, DomainPanel } from './DomainPanel';
import { domainIndicators, toCatalogueIndicator, type InfoIndicator } from './infoCatalogue';

/** An indicator as infoIndicators serves it: its section is called `domain`. */
const served = (code: string, domain: InfoIndicator['domain'], position: number): InfoIndicator => {
  const { section: _section, ...rest } = FIRE_TRUCKS;
  return { ...rest, linkedFrom: null, options: null, code, domain, position };
};

function renderPanel(options: { editable?: boolean; indicators?: typeof CATALOGUE } = {}) {
  renderWithApp(
    <DomainPanel
      domain="DISASTER"
      state={{ complete: false, missing: ['DS03'], savedAt: null, values: [] }}
      indicators={options.indicators ?? CATALOGUE}
      editable={options.editable ?? true}
      formKey="2570:DISASTER"
      hasNext
      headingRef={createRef<HTMLHeadingElement>()}
      onSave={async () => ({ ok: true })}
      onSaved={() => undefined}
      onDirtyChange={() => undefined}
    />,
  );
}

describe('INFO on the shared catalogue engine', () => {
  it('reads INFO’s domain as the section, keeping every other field, and lists a domain in catalogue order', () => {
    const list = [served('DS05', 'DISASTER', 2), served('PH01', 'PUBLIC_HEALTH_ENVIRONMENT', 1), served('DS03', 'DISASTER', 1)].map(toCatalogueIndicator);
    expect(list[0]).toEqual({ ...FIRE_TRUCKS, code: 'DS05', position: 2, section: 'DISASTER' });
    expect(list[0]).not.toHaveProperty('domain');
    expect(domainIndicators(list, 'DISASTER').map((i) => i.code)).toEqual(['DS03', 'DS05']);
  });

  it('names the panel by its domain, in INFO’s words, tied to INFO’s tab and field ids', () => {
    renderPanel();
    const panel = screen.getByRole('tabpanel');
    expect(panel).toHaveAttribute('id', DOMAIN_PANEL_ID);
    expect(panel).toHaveAttribute('aria-labelledby', 'info-tab-DISASTER');
    expect(screen.getByRole('heading', { level: 2, name: 'ด้านสาธารณภัย' })).toBeInTheDocument();
    expect(screen.getByText('ยังขาดข้อมูลที่ต้องกรอก 1 รายการ')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /บันทึกและไปด้านถัดไป/ })).toBeInTheDocument();
    expect(screen.getByLabelText(FIRE_TRUCKS.labelTh)).toHaveAttribute('id', 'info-DS03');
  });

  it('says when a domain has no indicators this year', () => {
    renderPanel({ indicators: [] });
    expect(screen.getByText('ไม่มีตัวชี้วัดในด้านนี้สำหรับปีงบประมาณนี้')).toBeInTheDocument();
  });

  it('shows the values read-only when the API says the submission is not editable', () => {
    renderPanel({ editable: false });
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.getAllByText('ยังไม่ได้บันทึก').length).toBeGreaterThan(0);
  });
});
