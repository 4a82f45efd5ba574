'use server';

// Server actions for recording panel reviews: thin shells around the guarded
// writes in lib/mutations/panel-reviews.ts, which do every check. Each success
// goes back to the page that shows what was saved.
import { redirect } from 'next/navigation';
import { failedWith, type FormState } from '@/lib/actions/form-state';
import { nextRequestContext } from '@/lib/auth/next-request';
import { formDataToObject } from '@/lib/forms/form-data';
import { addPanelAnswer, addPanelQuestion, createPanelMeeting, setPanelFollowUp } from '@/lib/mutations/panel-reviews';

const meetingPage = (id: string) => `/editor/panels/${encodeURIComponent(id)}`;
const questionPage = (meetingId: string, questionId: string) => `${meetingPage(meetingId)}/questions/${encodeURIComponent(questionId)}`;

export async function createPanelMeetingAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  const result = await createPanelMeeting(await nextRequestContext(), submitted);
  if (!result.ok) return failedWith(result, submitted);
  redirect(`${meetingPage(result.data.meetingId)}?done=meeting`);
}

export async function addPanelQuestionAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  const result = await addPanelQuestion(await nextRequestContext(), submitted);
  if (!result.ok) return failedWith(result, submitted);
  redirect(`${meetingPage(result.data.meetingId)}?done=question`);
}

export async function addPanelAnswerAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  const result = await addPanelAnswer(await nextRequestContext(), submitted);
  if (!result.ok) return failedWith(result, submitted);
  redirect(`${questionPage(result.data.meetingId, result.data.questionId ?? '')}?done=answer`);
}

export async function setPanelFollowUpAction(_state: FormState, formData: FormData): Promise<FormState> {
  const submitted = formDataToObject(formData);
  const result = await setPanelFollowUp(await nextRequestContext(), submitted);
  if (!result.ok) return failedWith(result, submitted);
  redirect(`${questionPage(result.data.meetingId, result.data.questionId ?? '')}?done=follow-up`);
}
