/**
 * Answers of the admin routes under /format-finder that the admin page calls, in one place.
 * They mirror server/src/services/finder.ts.
 */

/** `GET /format-finder/criteria?locale=` */
export interface CriterionOption {
  code: string;
  label: string;
}
export type CriterionKind = 'single' | 'multiple' | 'number';
export interface CriterionInfo {
  criterion: string;
  kind: CriterionKind;
  options: CriterionOption[];
}
export interface CriteriaResponse {
  criteria: CriterionInfo[];
}

/** `POST /format-finder/search` */
export type MatchStatus = 'matched' | 'partly' | 'not_matched' | 'unknown';
export interface CriterionResult {
  criterion: string;
  status: MatchStatus;
  must: boolean;
  /** In the language of the search (`locale`), written by the server. */
  reason: string;
}
export interface Match {
  documentId: string;
  name: string;
  score: number;
  nearMiss: boolean;
  failedMusts: string[];
  criteria: CriterionResult[];
  /** Place in the order; equal formats share it. */
  rank: number;
  tiedWith: number;
  /** Why it stands where it does among formats of the same score. */
  order: Array<{ step: string; reason: string }>;
}
export interface RelaxationSuggestion {
  /** The must criterion that, dropped, would give `count` matches. */
  drop: string;
  count: number;
}
export interface SearchResponse {
  data: Match[];
  meta: {
    pagination: { total: number };
    facets: Record<string, Record<string, number>>;
    relaxation: null | { suggestions: RelaxationSuggestion[]; nearMisses: Match[] };
  };
}
export type SearchRequest = Record<string, unknown> & { locale: string; pageSize?: number; must?: string[] };
