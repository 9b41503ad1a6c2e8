// Request schema for submitting answers to an instrument, for use at the API edge. Strict: unknown fields
// are refused. Besides the shape it checks that the version is the current one and that every answer is to
// a known item with one of its published option values. Missing answers are allowed here; scoring reports
// them as 'cannot-score'.
import { z } from 'zod';
import { instrumentIds, instruments } from './registry.js';
import { validateAnswers } from './scoring.js';

export const answerSubmissionSchema = z
  .strictObject(
    {
      instrumentId: z.enum(instrumentIds, { error: `Ukjent instrument. Gyldige instrumenter er ${instrumentIds.join(', ')}.` }),
      version: z.string({ error: 'Versjon må være en tekst.' }).trim().min(1, 'Versjon må fylles ut.'),
      answers: z.record(
        z.string(),
        z.number({ error: 'Hvert svar må være et tall.' }).int('Hvert svar må være et heltall.'),
        { error: 'Svarene må være et objekt med spørsmålsnummer som nøkler og tall som verdier.' },
      ),
      sex: z.enum(['male', 'female'], { error: "Kjønn må være 'male' eller 'female'." }).optional(),
    },
    {
      error: (issue) =>
        issue.code === 'unrecognized_keys' ? `Ukjente felt: ${issue.keys.join(', ')}.` : 'Innsendingen må være et objekt.',
    },
  )
  .superRefine((submission, ctx) => {
    const def = instruments[submission.instrumentId];
    if (submission.version !== def.version) {
      ctx.addIssue({
        code: 'custom',
        path: ['version'],
        message: `${def.id} versjon «${submission.version}» finnes ikke. Gjeldende versjon er «${def.version}».`,
      });
    }
    const validation = validateAnswers(submission.instrumentId, submission.answers);
    if (!validation.ok) {
      for (const issue of validation.issues) ctx.addIssue({ code: 'custom', path: ['answers', issue.itemId], message: issue.message });
    }
  });

export type AnswerSubmission = z.infer<typeof answerSubmissionSchema>;
