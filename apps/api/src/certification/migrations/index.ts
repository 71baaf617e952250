import { CertificationTables1795816579156 } from './1795816579156-CertificationTables';
import { EntryWindows1796100000100 } from './1796100000100-EntryWindows';
import { SubjectsAndGrants1796115597407 } from './1796115597407-SubjectsAndGrants';
import { ReopenedWindows1796900000210 } from './1796900000210-ReopenedWindows';
import { SubmissionProgressTally1797100000060 } from './1797100000060-SubmissionProgressTally';
import { SubmissionProgressByState1797200000070 } from './1797200000070-SubmissionProgressByState';

export const CERTIFICATION_MIGRATIONS = [
  CertificationTables1795816579156,
  EntryWindows1796100000100,
  SubjectsAndGrants1796115597407,
  ReopenedWindows1796900000210,
  SubmissionProgressTally1797100000060,
  SubmissionProgressByState1797200000070,
];
