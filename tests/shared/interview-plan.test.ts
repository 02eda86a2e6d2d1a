import { describe, expect, it } from 'vitest';
import { planFromSteps, stageDuration, stageTitle, stepsFromSentences } from '../../src-shared/domain/interview-plan';

describe('a stage’s title', () => {
  it('drops the list marker, the leading duration and empty brackets, and starts with a capital', () => {
    expect(
      [
        '1. 30 minute call with a Talent Partner',
        '  12) a 45-minute long technical interview (  ).',
        '- an hour pairing session;',
        '• 2 hours take-home,:',
        'Step 3: values chat',
        'step 4 system design',
        '– Final round ()  with the CTO',
      ].map(stageTitle),
    ).toEqual([
      'Call with a Talent Partner',
      'Technical interview',
      'An hour pairing session',
      'Take-home',
      'Values chat',
      'System design',
      'Final round with the CTO',
    ]);
  });

  it('keeps the step as written when nothing is left without its duration', () => {
    expect(stageTitle('45 minutes ')).toBe('45 minutes');
    expect(stageTitle('Version 2.0 review')).toBe('Version 2.0 review');
  });
});

describe('a stage’s length', () => {
  it('reads minutes and hours, as words or letters, and the first figure of a range', () => {
    expect(
      ['45 min chat', '1.5 hours onsite', '2h coding', '90-minute loop', '30–45 minutes', 'a chat'].map(stageDuration),
    ).toEqual([45, 90, 120, 90, 30, null]);
  });
});

describe('planning stages from steps', () => {
  it('collapses whitespace and keeps steps of 3 to 300 characters', () => {
    const plan = planFromSteps(['  Recruiter\n   call ', 'ok', 'Hey', 'x'.repeat(300), 'y'.repeat(301)]);
    expect(plan.map((stage) => stage.title)).toEqual(['Recruiter call', 'Hey', `X${'x'.repeat(299)}`]);
    expect(plan[0]).toEqual({ kind: 'recruiter_call', title: 'Recruiter call', durationMinutes: null });
  });
});

describe('steps written as a sentence', () => {
  it('splits at commas and at “then”, “followed by” and “and”, dropping articles and parts that name no step', () => {
    expect(
      stepsFromSentences(
        'Our hiring process consists of a recruiter call, then a coding test followed by the onsite loop and finally an offer chat, quickly.',
      ),
    ).toEqual(['recruiter call', 'coding test', 'onsite loop', 'offer chat']);
    expect(stepsFromSentences('The interview process includes: screening call,and pairing session,then team review')).toEqual([
      'screening call',
      'pairing session',
      'team review',
    ]);
  });

  it('falls back to a count of interviews when the process sentence names no step', () => {
    expect(stepsFromSentences('Our interview process is fast. There are Two technical interviews.')).toEqual([
      'technical interview',
      'technical interview',
    ]);
    expect(stepsFromSentences('There will be three calls')).toEqual(['call', 'call', 'call']);
    expect(stepsFromSentences('There’s an onsite interview')).toEqual(['onsite interview']);
    expect(stepsFromSentences('')).toEqual([]);
  });
});
