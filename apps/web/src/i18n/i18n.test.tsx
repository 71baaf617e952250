import { MESSAGES } from '@lao/domain';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ContactsForm } from '../features/lao-profile/ContactsForm';
import { I18nProvider, LANG_STORAGE_KEY, LanguageSwitch, translateMessage, useI18n } from '.';
import { en } from './en';
import { th } from './th';

function Page() {
  const { t } = useI18n();
  return (
    <>
      <LanguageSwitch />
      <h1>{t('app.name')}</h1>
      <ContactsForm initial={{ website: '', infoAdmins: [] }} onSubmit={async () => ({ ok: true })} />
    </>
  );
}

describe('i18n', () => {
  beforeEach(() => {
    localStorage.clear();
    document.documentElement.lang = 'th';
  });

  it('starts in Thai and the switch changes every label, the page language and the stored choice', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider>
        <Page />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('ระบบสารสนเทศองค์กรปกครองส่วนท้องถิ่น');
    expect(screen.getByLabelText('เว็บไซต์')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'ไทย' })).toHaveAttribute('aria-pressed', 'true');

    // An error shown in Thai follows the switch too.
    await user.type(screen.getByLabelText('เว็บไซต์'), 'bad');
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    expect(await screen.findByText(MESSAGES['contacts.websiteInvalid'].th)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Local Administrative Organisation Information System');
    expect(screen.getByLabelText('Website')).toBeInTheDocument();
    expect(screen.queryByLabelText('เว็บไซต์')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
    expect(screen.getByText(MESSAGES['contacts.websiteInvalid'].en)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem(LANG_STORAGE_KEY)).toBe('en');

    await user.click(screen.getByRole('button', { name: 'ไทย' }));
    expect(screen.getByLabelText('เว็บไซต์')).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('th');
  });

  it('remembers English across a reload', () => {
    localStorage.setItem(LANG_STORAGE_KEY, 'en');
    render(
      <I18nProvider>
        <Page />
      </I18nProvider>,
    );
    expect(screen.getByLabelText('Website')).toBeInTheDocument();
    act(() => undefined);
    expect(document.documentElement.lang).toBe('en');
  });

  it('has an English text for every Thai one, and no empty text', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(th).sort());
    for (const value of [...Object.values(th), ...Object.values(en)]) expect(value.trim()).not.toBe('');
  });

  it('translates domain message keys with parameters, and passes other text through', () => {
    expect(translateMessage('input.tooLong?maximum=255', 'th')).toBe('ยาวเกิน 255 ตัวอักษร');
    expect(translateMessage('input.required', 'en')).toBe('This field is required');
    expect(translateMessage('ข้อความจากเซิร์ฟเวอร์', 'en')).toBe('ข้อความจากเซิร์ฟเวอร์');
    expect(translateMessage(undefined, 'th')).toBe('');
  });
});
