'use server';

// Server actions for the editor area: each hands the request and the form to
// a guarded write (lib/mutations), which checks origin, session, role and
// input, and writes with its audit entry. Nothing is checked here.
import { redirect } from 'next/navigation';
import { failedWith, toFormState, type FormState } from '@/lib/actions/form-state';
import { nextRequestContext } from '@/lib/auth/next-request';
import { formDataToObject } from '@/lib/forms/form-data';
import { createCommitment, updateCommitment } from '@/lib/mutations/commitments';
import { createSource } from '@/lib/mutations/sources';
import { addStatusUpdate, correctStatusUpdate } from '@/lib/mutations/status-updates';

const editorPage = (commitmentId: string) => `/editor/commitments/${encodeURIComponent(commitmentId)}`;

export async function addStatusUpdateAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  const result = await addStatusUpdate(await nextRequestContext(), submitted);
  if (!result.ok) return failedWith(result, submitted);
  redirect(`${editorPage(result.data.commitmentId)}?done=recorded`);
}

export async function correctStatusUpdateAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  const result = await correctStatusUpdate(await nextRequestContext(), submitted);
  if (!result.ok) return failedWith(result, submitted);
  redirect(`${editorPage(result.data.commitmentId)}?done=corrected`);
}

export async function createCommitmentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  const result = await createCommitment(await nextRequestContext(), submitted);
  if (!result.ok) return failedWith(result, submitted);
  redirect(`${editorPage(result.data.id)}?done=created`);
}

export async function updateCommitmentAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  const result = await updateCommitment(await nextRequestContext(), submitted);
  if (!result.ok) return failedWith(result, submitted);
  redirect(`${editorPage(result.data.id)}?done=edited`);
}

export async function createSourceAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  const result = await createSource(await nextRequestContext(), submitted);
  return toFormState(result, submitted, (data) => `Source "${data.id}" added. You can now choose it for a commitment.`);
}
