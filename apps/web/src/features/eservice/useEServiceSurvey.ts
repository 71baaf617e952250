import { useMutation, useQuery } from '@apollo/client/react';
import type { EServiceAnswer } from '@lao/domain';
import { useState } from 'react';
import { apiProblem } from '../../app/errors';
import { addEServiceItemMutation, certifyEServiceSurveyMutation, deleteEServiceItemMutation, eServiceSurveyQuery, saveEServiceSideMutation } from './operations';
import type { AddItemResult, DeleteItemResult, SaveSideResult } from './sideForm';

/**
 * An LAO's e-Service survey for one fiscal year as the LAO page needs it: the survey (sides, items, status, window,
 * what the caller may do, as the API answers), saving a side, adding and deleting the LAO's own items, certifying,
 * and the sides a certify attempt flagged incomplete (outlined red until they are complete).
 */
export function useEServiceSurvey(laoCode: string, fiscalYear: number) {
  const survey = useQuery(eServiceSurveyQuery, {
    variables: { laoCode, fiscalYear },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
  });
  const [saveSide] = useMutation(saveEServiceSideMutation);
  const [addItem] = useMutation(addEServiceItemMutation);
  const [deleteItem] = useMutation(deleteEServiceItemMutation);
  const [certifySurvey] = useMutation(certifyEServiceSurveyMutation);
  const [flagged, setFlagged] = useState<ReadonlySet<number>>(() => new Set());

  const refetch = () =>
    survey.refetch().then(
      () => undefined,
      () => undefined, // the query shows its own error
    );

  const save = async (side: number, answers: EServiceAnswer[]): Promise<SaveSideResult> => {
    try {
      const result = await saveSide({ variables: { input: { laoCode, fiscalYear, side, answers } } });
      const saved = result.data?.saveEServiceSide;
      void refetch();
      if (!saved) return { ok: false, message: null };
      if (saved.complete) {
        setFlagged((previous) => {
          if (!previous.has(side)) return previous;
          const copy = new Set(previous);
          copy.delete(side);
          return copy;
        });
      }
      return { ok: true, items: saved.items, complete: saved.complete };
    } catch (e) {
      const problem = apiProblem(e);
      const itemId = problem.extensions.itemId;
      return { ok: false, message: problem.message, fields: problem.fields, itemId: typeof itemId === 'string' ? itemId : null };
    }
  };

  const add = async (side: number, group: string | null, nameTh: string): Promise<AddItemResult> => {
    try {
      const result = await addItem({ variables: { input: { laoCode, fiscalYear, side, group, nameTh } } });
      void refetch();
      const item = result.data?.addEServiceItem;
      return item ? { ok: true, item } : { ok: false, message: null };
    } catch (e) {
      const problem = apiProblem(e);
      return { ok: false, message: problem.message, fields: problem.fields };
    }
  };

  const remove = async (id: string): Promise<DeleteItemResult> => {
    try {
      await deleteItem({ variables: { id } });
      void refetch();
      return { ok: true };
    } catch (e) {
      return { ok: false, message: apiProblem(e).message };
    }
  };

  return {
    data: survey.data?.eServiceSurvey,
    problem: survey.error ? apiProblem(survey.error) : null,
    save,
    add,
    remove,
    certify: () => certifySurvey({ variables: { laoCode, fiscalYear } }),
    refetch,
    flagged,
    flag: (sides: readonly string[]) => setFlagged(new Set(sides.map(Number))),
    clearFlags: () => setFlagged(new Set()),
  };
}
