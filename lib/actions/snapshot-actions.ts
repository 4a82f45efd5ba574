'use server';

// Server actions for publishing and correcting snapshots: thin shells around
// the guarded writes in lib/mutations/snapshots.ts.
import { toFormState, type FormState } from '@/lib/actions/form-state';
import { nextRequestContext } from '@/lib/auth/next-request';
import { formDataToObject } from '@/lib/forms/form-data';
import { correctSnapshotAction, publishSnapshotAction } from '@/lib/mutations/snapshots';

export async function publishSnapshotFormAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  const result = await publishSnapshotAction(await nextRequestContext(), submitted);
  return toFormState(result, submitted, (data) => `Snapshot ${data.quarter} published (SHA-256 ${data.sha256.slice(0, 12)}).`);
}

export async function correctSnapshotFormAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  const result = await correctSnapshotAction(await nextRequestContext(), submitted);
  return toFormState(result, submitted, (data) => `Correction ${data.revision} of ${data.quarter} published.`);
}
