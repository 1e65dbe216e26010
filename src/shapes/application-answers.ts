import type { ApplicantQuestion } from './application-form';
import { parseChoices, parseFieldValue, type FieldValue } from './field-values';

/**
 * Checking an applicant's answers: the join form runs this in the browser and joinProgram runs
 * it again on the server, so both give the same message for the same answer. Values are text as
 * inputs carry them (MULTI_SELECT a JSON list), parsed by the custom fields' own rules.
 */

export interface AnswerInput {
  questionId: string;
  value?: string | null;
}

export interface AnswerError {
  /** ["answers", questionId]: the input field that shows it. */
  field: string[];
  message: string;
  code: 'INVALID' | 'REQUIRED';
}

function isEmpty(question: ApplicantQuestion, text: string): boolean {
  if (text === '') return true;
  return question.type === 'MULTI_SELECT' && parseChoices(text)?.length === 0;
}

export function parseAnswers(questions: readonly ApplicantQuestion[], inputs: readonly AnswerInput[] | null | undefined): { answers: Record<string, FieldValue>; errors: AnswerError[] } {
  const byId = new Map(questions.map((q) => [q.id, q]));
  const given = new Map<string, string>();
  const errors: AnswerError[] = [];
  for (const input of inputs ?? []) {
    if (!byId.has(input.questionId)) {
      errors.push({ field: ['answers', input.questionId], message: 'This question is not on the form (any more). Reload the page.', code: 'INVALID' });
    } else if (given.has(input.questionId)) {
      errors.push({ field: ['answers', input.questionId], message: 'Answer each question once.', code: 'INVALID' });
    } else given.set(input.questionId, (input.value ?? '').trim());
  }
  const answers: Record<string, FieldValue> = {};
  for (const question of questions) {
    const text = given.get(question.id) ?? '';
    if (isEmpty(question, text)) {
      if (question.required) errors.push({ field: ['answers', question.id], message: `${question.label}: this question needs an answer.`, code: 'REQUIRED' });
      continue;
    }
    const parsed = parseFieldValue(question, text);
    if (parsed.error) errors.push({ field: ['answers', question.id], message: `${question.label}: ${parsed.error}`, code: 'INVALID' });
    else answers[question.id] = parsed.value!;
  }
  return { answers, errors };
}
