/**
 * The module kit's unsaved-changes guard is the SPA's one guard (ui/unsavedChanges): pages of every module keep
 * importing it from here.
 */
export { UnsavedChangesDialog, useUnsavedGuard, type UnsavedGuard } from '../../ui/unsavedChanges';
