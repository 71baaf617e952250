import { addSubjectSchema, subjectGrantSchema, subjectIdSchema } from './subjects';

describe('records below a submission', () => {
  it('names a record and its LAO', () => {
    expect(addSubjectSchema.parse({ laoCode: '5500101', nameTh: '  ศพด. บ้านหนองบัว ' })).toEqual({ laoCode: '5500101', nameTh: 'ศพด. บ้านหนองบัว' });
    const messages = (v: object) => (addSubjectSchema.safeParse(v).error?.issues ?? []).map((i) => i.message);
    expect(messages({ laoCode: '5500101', nameTh: '   ' })).toEqual(['subject.nameRequired']);
    expect(messages({ laoCode: '55001', nameTh: 'x' })).toEqual(['input.laoCode']);
  });
  it('grants a record by id to a username, lower-cased', () => {
    const id = '7d0a4c1e-0000-4000-8000-000000000000';
    expect(subjectGrantSchema.parse({ subjectId: id, username: ' Lao.5500101.Head ' })).toEqual({ subjectId: id, username: 'lao.5500101.head' });
    expect(subjectGrantSchema.safeParse({ subjectId: id, username: '' }).error?.issues[0]?.message).toBe('subject.granteeNotInLao');
    expect(subjectGrantSchema.safeParse({ subjectId: id, username: 'x'.repeat(65) }).error?.issues[0]?.message).toBe('subject.granteeNotInLao');
    expect(subjectIdSchema.safeParse('not-a-uuid').error?.issues[0]?.message).toBe('subject.unknown');
  });
});
