import { useMutation, useQuery } from '@apollo/client/react';
import type { ContactsForm as ContactsValues } from '@lao/domain';
import { apiProblem } from '../../app/errors';
import { phonesHidden, type InfoAdminView } from './AdminList';
import type { ContactsSaveResult } from './ContactsForm';
import { laoProfileQuery, updateContactsMutation } from './operations';

/** What the contacts form saves: the website, and the administrators only when the form has them (left out: unchanged). */
export interface ContactsSubmit {
  website: string;
  infoAdmins?: ContactsValues['infoAdmins'];
}

/** The administrators as the form edits them, once every phone is known (phonesHidden is false). */
export function knownPhones(admins: readonly InfoAdminView[] | null | undefined): ContactsValues['infoAdmins'] {
  return (admins ?? []).map(({ name, position, phone }) => ({ name, position, phone: phone ?? '' }));
}

/** One LAO's registry entry and contacts as stored now, and saving its contacts (the server's refusals returned, not thrown). */
export function useLaoProfile(code: string) {
  const query = useQuery(laoProfileQuery, {
    variables: { code },
    // The form starts from what is stored now, not from an older copy.
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const [update] = useMutation(updateContactsMutation);

  const save = async (values: ContactsSubmit): Promise<ContactsSaveResult> => {
    try {
      const result = await update({ variables: { input: { laoCode: code, ...values } } });
      const saved = result.data?.updateLocalAuthorityContacts;
      if (!saved) return { ok: true, values: { website: values.website, infoAdmins: values.infoAdmins ?? [] } };
      const infoAdmins = phonesHidden(saved.infoAdmins) ? (values.infoAdmins ?? []) : knownPhones(saved.infoAdmins ?? values.infoAdmins);
      return { ok: true, values: { website: saved.website ?? '', infoAdmins } };
    } catch (e) {
      const problem = apiProblem(e);
      return { ok: false, message: problem.message, fields: problem.fields };
    }
  };

  return { lao: query.data?.localAuthority, loading: query.loading, error: query.error, refetch: () => void query.refetch(), save };
}
