// The decree's numbers, as query parameters. Editions may override them (api/compliance/editions).
export interface DependencyRules {
  /** every participant: at least 5% */
  participantMin: number;
  /** overall level: at least 20% … */
  clusterMin: number;
  /** … or 10% when at least 30% of participants work in priority territories */
  clusterMinPriority: number;
  priorityShareMin: number;
  /** at most 3 potential participants with an agreement are exempt from the 5% test */
  maxAgreements: number;
}

export const pp779Rules: DependencyRules = {
  participantMin: 0.05, clusterMin: 0.2, clusterMinPriority: 0.1, priorityShareMin: 0.3, maxAgreements: 3,
};

/** Comparisons with a threshold allow this much for floating-point rounding (4.9999999999% is 5%). */
export const TOLERANCE = 1e-9;
