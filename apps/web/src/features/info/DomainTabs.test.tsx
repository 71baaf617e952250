import { INFO_DOMAINS, type InfoDomain } from '@lao/domain';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import { DomainTabs } from './DomainTabs';

const COMPLETE: InfoDomain[] = ['PUBLIC_HEALTH_ENVIRONMENT', 'DISASTER'];

function setup(selected: InfoDomain = 'PUBLIC_HEALTH_ENVIRONMENT', lang: 'th' | 'en' = 'th') {
  const onSelect = jest.fn<void, [InfoDomain]>();
  const user = userEvent.setup();
  renderWithApp(
    <DomainTabs
      tabs={INFO_DOMAINS.map((domain) => ({ domain, complete: COMPLETE.includes(domain) }))}
      selected={selected}
      onSelect={onSelect}
      panelId="panel"
    />,
    { lang },
  );
  return { onSelect, user };
}

describe('DomainTabs', () => {
  it('lists the eight domains in order, each with an icon that says whether it is complete', () => {
    setup();
    const tablist = screen.getByRole('tablist', { name: 'ข้อมูล 8 ด้าน' });
    const tabs = within(tablist).getAllByRole('tab');
    expect(tabs).toHaveLength(8);
    expect(tabs[0]).toHaveAccessibleName('ด้านสาธารณสุขและสิ่งแวดล้อม ครบถ้วน');
    expect(tabs[1]).toHaveAccessibleName('ด้านนวัตกรรมและการศึกษา ยังไม่ครบ');

    const disaster = screen.getByRole('tab', { name: /ด้านสาธารณภัย/ });
    const ok = within(disaster).getByRole('img', { name: 'ครบถ้วน' });
    expect(ok).toHaveTextContent('✓');
    expect(ok).toHaveClass('completeness--ok');
    const water = screen.getByRole('tab', { name: /ด้านการบริหารจัดการน้ำ/ });
    const missing = within(water).getByRole('img', { name: 'ยังไม่ครบ' });
    expect(missing).toHaveTextContent('✕');
    expect(missing).toHaveClass('completeness--missing');
    expect(screen.getAllByRole('img', { name: 'ครบถ้วน' })).toHaveLength(2);
    expect(screen.getAllByRole('img', { name: 'ยังไม่ครบ' })).toHaveLength(6);
  });

  it('marks the selected tab and ties it to the panel; only it is in the tab order', () => {
    setup('DISASTER');
    const selected = screen.getByRole('tab', { selected: true });
    expect(selected).toHaveAccessibleName(/ด้านสาธารณภัย/);
    expect(selected).toHaveAttribute('aria-controls', 'panel');
    expect(selected).toHaveAttribute('tabindex', '0');
    expect(screen.getAllByRole('tab').filter((t) => t.getAttribute('tabindex') === '0')).toHaveLength(1);
  });

  it('selects on click and Enter; arrows and Home/End only move the focus', async () => {
    const { onSelect, user } = setup();
    await user.click(screen.getByRole('tab', { name: /ด้านโครงสร้างพื้นฐาน/ }));
    expect(onSelect).toHaveBeenLastCalledWith('INFRASTRUCTURE');

    onSelect.mockClear();
    screen.getByRole('tab', { selected: true }).focus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: /ด้านนวัตกรรมและการศึกษา/ })).toHaveFocus();
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(screen.getByRole('tab', { name: /ด้านเศรษฐกิจและการท่องเที่ยว/ })).toHaveFocus();
    await user.keyboard('{Home}');
    expect(screen.getByRole('tab', { name: /ด้านสาธารณสุขและสิ่งแวดล้อม/ })).toHaveFocus();
    expect(onSelect).not.toHaveBeenCalled();
    await user.keyboard('{End}{Enter}');
    expect(onSelect).toHaveBeenCalledWith('ECONOMY_TOURISM');
  });

  it('names the domains and the icons in English', () => {
    setup('PUBLIC_HEALTH_ENVIRONMENT', 'en');
    expect(screen.getByRole('tab', { name: 'Public health and environment Complete' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Infrastructure Incomplete' })).toBeInTheDocument();
  });
});
