import { ApolloClient, ApolloLink, gql, InMemoryCache, type TypedDocumentNode } from '@apollo/client';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createRef } from 'react';
import { Observable } from 'rxjs';
import { renderWithApp } from '../../test/render';
import { indicator } from './fixtures';
import { runSectionSave, type IndicatorValueInput } from './save';
import { SectionPanel } from './SectionPanel';
import { SectionTabs } from './SectionTabs';

/**
 * The engine serving a module other than INFO: a Waste-like report (api-contract "Waste") whose section COLLECTION has
 * two DECIMAL indicators, saved through its own mutation; the server's cross-field rule (collected ≤ generated) comes
 * back as BAD_USER_INPUT with `extensions.fields` and lands on the field it names.
 */
const GENERATED = indicator({ code: 'WC01', section: 'COLLECTION', position: 1, labelTh: 'ปริมาณขยะมูลฝอยที่เกิดขึ้น', valueType: 'DECIMAL', unit: 'ตัน/วัน', required: true, min: 0, max: 10_000, decimals: 2 });
const COLLECTED = indicator({ code: 'WC02', section: 'COLLECTION', position: 2, labelTh: 'ปริมาณขยะมูลฝอยที่เก็บขนได้', valueType: 'DECIMAL', unit: 'ตัน/วัน', required: true, min: 0, max: 10_000, decimals: 2 });
const SECTIONS = [
  { section: 'COLLECTION', label: 'การเก็บขนขยะมูลฝอย', complete: false },
  { section: 'SEPARATION_RECYCLING', label: 'การคัดแยกและนำกลับมาใช้ใหม่', complete: true },
  { section: 'FEES_COSTS', label: 'ค่าธรรมเนียมและค่าใช้จ่าย', complete: false },
] as const;
const CROSS_FIELD = 'ปริมาณขยะที่เก็บขนได้ต้องไม่เกินปริมาณขยะที่เกิดขึ้น';

type Section = { section: string; complete: boolean; missing: string[]; values: { indicatorCode: string; value: unknown }[] };
const saveWasteSection: TypedDocumentNode<
  { saveWasteSection: Section },
  { input: { laoCode: string; fiscalYear: number; section: string; values: IndicatorValueInput[] } }
> = gql`
  mutation SaveWasteSection($input: SaveWasteSectionInput!) {
    saveWasteSection(input: $input) {
      section
      complete
      missing
      values {
        indicatorCode
        value
      }
    }
  }
`;

/** A Waste server that refuses collected > generated the way the API does, naming the value's place in the list. */
function fakeWasteServer() {
  const calls: Record<string, unknown>[] = [];
  const link = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        calls.push(operation.variables);
        const input = operation.variables.input as { section: string; values: IndicatorValueInput[] };
        const value = (code: string) => input.values.find((v) => v.indicatorCode === code)?.value as number | null;
        const [generated, collected] = [value('WC01'), value('WC02')];
        if (generated !== null && collected !== null && collected > generated) {
          const index = input.values.findIndex((v) => v.indicatorCode === 'WC02');
          observer.next({
            errors: [{ message: 'ข้อมูลไม่ถูกต้อง 1 รายการ', extensions: { code: 'BAD_USER_INPUT', fields: [{ path: `values.${index}.value`, message: CROSS_FIELD }] } }],
          });
        } else {
          const values = input.values.filter((v) => v.value !== null).map((v) => ({ __typename: 'IndicatorValueModel', ...v }));
          observer.next({ data: { saveWasteSection: { __typename: 'WasteSection', section: input.section, complete: values.length === 2, missing: [], values } } });
        }
        observer.complete();
      }),
  );
  return { client: new ApolloClient({ link, cache: new InMemoryCache() }), calls };
}

function setup() {
  const server = fakeWasteServer();
  const onDirtyChange = jest.fn<void, [boolean]>();
  const onSaved = jest.fn<void, [boolean]>();
  const save = (values: IndicatorValueInput[]) =>
    runSectionSave(async () => {
      const result = await server.client.mutate({ mutation: saveWasteSection, variables: { input: { laoCode: '7400101', fiscalYear: 2570, section: 'COLLECTION', values } } });
      return result.data?.saveWasteSection.values;
    });
  renderWithApp(
    <>
      <SectionTabs tabs={SECTIONS} selected="COLLECTION" onSelect={() => undefined} panelId="waste-section-panel" label="รายงานขยะมูลฝอย 3 ส่วน" idPrefix="waste" />
      <SectionPanel
        section="COLLECTION"
        label="การเก็บขนขยะมูลฝอย"
        state={{ complete: false, missing: ['WC01', 'WC02'], values: [] }}
        indicators={[GENERATED, COLLECTED]}
        editable
        formKey="2570:COLLECTION"
        hasNext
        headingRef={createRef<HTMLHeadingElement>()}
        onSave={save}
        onSaved={onSaved}
        onDirtyChange={onDirtyChange}
        panelId="waste-section-panel"
        idPrefix="waste"
      />
    </>,
  );
  return { ...server, onDirtyChange, onSaved, user: userEvent.setup() };
}

describe('the catalogue engine for a section that is not INFO’s (Waste-like COLLECTION)', () => {
  it('shows the module’s sections as tabs, saves two decimals, and puts the server’s cross-field refusal on its field', async () => {
    const { calls, onDirtyChange, onSaved, user } = setup();
    const tabs = screen.getByRole('tablist', { name: 'รายงานขยะมูลฝอย 3 ส่วน' });
    expect(within(tabs).getAllByRole('tab').map((t) => t.textContent)).toEqual(['1การเก็บขนขยะมูลฝอย✕', '2การคัดแยกและนำกลับมาใช้ใหม่✓', '3ค่าธรรมเนียมและค่าใช้จ่าย✕']);
    expect(screen.getByRole('tab', { selected: true })).toHaveAccessibleName('การเก็บขนขยะมูลฝอย ยังไม่ครบ');
    const panel = screen.getByRole('tabpanel');
    expect(panel).toHaveAccessibleName(/การเก็บขนขยะมูลฝอย/);
    expect(within(panel).getByText('ยังขาดข้อมูลที่ต้องกรอก 2 รายการ')).toBeInTheDocument();

    const generated = screen.getByLabelText(GENERATED.labelTh);
    const collected = screen.getByLabelText(COLLECTED.labelTh);
    expect(collected).toHaveAttribute('inputmode', 'decimal');
    expect(collected).toHaveAttribute('id', 'waste-WC02');
    await user.type(generated, '๑,๒๐๐.๕');
    await user.type(collected, '1300');
    expect(onDirtyChange).toHaveBeenLastCalledWith(true);
    await user.click(screen.getByRole('button', { name: /บันทึกและไปส่วนถัดไป/ }));

    await waitFor(() => expect(collected).toHaveAttribute('aria-invalid', 'true'));
    expect(calls[0]).toEqual({
      input: { laoCode: '7400101', fiscalYear: 2570, section: 'COLLECTION', values: [{ indicatorCode: 'WC01', value: 1200.5 }, { indicatorCode: 'WC02', value: 1300 }] },
    });
    const describedBy = (collected.getAttribute('aria-describedby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent).join(' ');
    expect(describedBy).toContain(CROSS_FIELD);
    expect(collected).toHaveFocus();
    expect(generated).not.toHaveAttribute('aria-invalid');
    expect(onSaved).not.toHaveBeenCalled();
    expect(onDirtyChange).toHaveBeenLastCalledWith(true); // still unsaved: the guard keeps holding

    await user.clear(collected);
    await user.type(collected, '1100.25');
    await waitFor(() => expect(collected).not.toHaveAttribute('aria-invalid'));
    await user.click(screen.getByRole('button', { name: 'บันทึก' }));
    expect(await screen.findByRole('status')).toHaveTextContent('บันทึกเรียบร้อยแล้ว');
    expect(calls[1]).toMatchObject({ input: { values: [{ indicatorCode: 'WC01', value: 1200.5 }, { indicatorCode: 'WC02', value: 1100.25 }] } });
    expect(onSaved).toHaveBeenCalledWith(false);
    expect(onDirtyChange).toHaveBeenLastCalledWith(false);
  });
});
