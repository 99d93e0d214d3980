/**
 * Hand-written search judgments: what a careful reader of the seed plan expects a planner's query to find. `relevant`
 * lists every node the reader counts as a right answer (plan-scoped ids without the plan: Indicator:44, Task:3.2.1);
 * `first`, when given, must be the first hit. Number, code and whole-name queries are generated from the seed
 * (searchScore.ts), so these are the words: an agency's short name, a law's short title, topic words, English.
 */
export type QueryClass = 'number' | 'code' | 'name' | 'word' | 'agency' | 'law' | 'english';

export interface SearchJudgment {
  query: string;
  cls: QueryClass;
  relevant: string[];
  first?: string;
}

export const HAND_JUDGMENTS: SearchJudgment[] = [
  { query: '商标', cls: 'word', relevant: ['Indicator:44'] },
];
