import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../../test/render';
import { SiteDialog } from './SiteDialog';

const OUTSIDE = 'พิกัดต้องอยู่ในประเทศไทย (ละติจูด 5.6–20.5 ลองจิจูด 97.3–105.7)';

function setup() {
  const onSave = jest.fn<Promise<unknown>, [unknown]>(() => Promise.resolve());
  const onClose = jest.fn();
  renderWithApp(<SiteDialog site={null} operatorLaoCode="7400101" provinceCode="74" onSave={onSave} onClose={onClose} />);
  return { onSave, onClose, user: userEvent.setup() };
}

const describedText = (input: HTMLElement) =>
  (input.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent)
    .join(' ');

describe('the site dialog', () => {
  it('refuses coordinates outside Thailand with the shared Thai message, then saves the site inside it', async () => {
    const { onSave, onClose, user } = setup();
    expect(screen.getByRole('dialog', { name: 'เพิ่มสถานที่กำจัดขยะ' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('ชื่อสถานที่กำจัด'), 'ศูนย์กำจัดขยะตำบลทดสอบ');
    await user.selectOptions(screen.getByLabelText('วิธีกำจัด'), 'ฝังกลบถูกหลักสุขาภิบาล');
    const latitude = screen.getByLabelText('ละติจูด');
    const longitude = screen.getByLabelText('ลองจิจูด');
    await user.type(latitude, '25.1');
    await user.type(longitude, '100.2');
    await user.click(screen.getByRole('button', { name: 'บันทึกสถานที่กำจัด' }));

    await waitFor(() => expect(latitude).toHaveAttribute('aria-invalid', 'true'));
    expect(describedText(latitude)).toContain(OUTSIDE);
    expect(longitude).not.toHaveAttribute('aria-invalid');
    expect(onSave).not.toHaveBeenCalled();

    await user.clear(latitude);
    await user.type(latitude, '13.55');
    await user.type(screen.getByLabelText('ปีที่เปิดดำเนินการ (พ.ศ.)'), '2560');
    await user.click(screen.getByRole('button', { name: 'บันทึกสถานที่กำจัด' }));
    await waitFor(() =>
      expect(onSave).toHaveBeenCalledWith({
        operatorLaoCode: '7400101',
        nameTh: 'ศูนย์กำจัดขยะตำบลทดสอบ',
        method: 'SANITARY_LANDFILL',
        status: 'OPERATING',
        latitude: 13.55,
        longitude: 100.2,
        capacityTonnesPerDay: null,
        openedYear: 2560,
      }),
    );
    await waitFor(() => expect(onClose).toHaveBeenCalled());
  });

  it('asks for a name, a method and both coordinates', async () => {
    const { onSave, user } = setup();
    await user.click(screen.getByRole('button', { name: 'บันทึกสถานที่กำจัด' }));
    await waitFor(() => expect(screen.getByLabelText('ชื่อสถานที่กำจัด')).toHaveAttribute('aria-invalid', 'true'));
    for (const label of ['วิธีกำจัด', 'ละติจูด', 'ลองจิจูด']) expect(describedText(screen.getByLabelText(label))).toContain('กรุณากรอกข้อมูล');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('puts the pin where the coordinates are typed', async () => {
    const { user } = setup();
    await user.type(screen.getByLabelText('ละติจูด'), '13.55');
    await user.type(screen.getByLabelText('ลองจิจูด'), '100.27');
    expect(await screen.findByTestId('map-pin')).toBeInTheDocument();
    expect(screen.getByText(/ละติจูด 13.55000 ลองจิจูด 100.27000/)).toBeInTheDocument();
  });
});
