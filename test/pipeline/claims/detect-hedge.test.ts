import { describe, expect, it } from 'vitest';
import { detectHedge, judgeClaimBefore } from '../../../src/pipeline/claims/detect-hedge.ts';

describe('detectHedge', () => {
  it('hedges a claimed event', () =>
    expect(detectHedge('The ministry claimed that 50 troops surrendered.')).toBe(true));
  it('hedges what could not be verified', () =>
    expect(detectHedge('The figure could not be independently verified.')).toBe(true));
  it('hedges "are said to"', () => expect(detectHedge('Five villages are said to have fallen.')).toBe(true));
  it('marks a claim confirmed by both sides as not hedged', () =>
    expect(detectHedge('The swap was confirmed by both sides.')).toBe(false));
  it('says nothing of a plain statement', () =>
    expect(detectHedge('Thirty soldiers surrendered on Monday.')).toBeNull());
  it('reads a sentence that confirms the claim before it', () =>
    expect(judgeClaimBefore('This was confirmed by Ukrainian and Russian sources.')).toBe(false));
  it('reads a sentence that doubts the claim before it', () =>
    expect(judgeClaimBefore('The footage could not be verified.')).toBe(true));
  it('ignores a sentence about something else', () => expect(judgeClaimBefore('Rain fell all day.')).toBeNull());
});
