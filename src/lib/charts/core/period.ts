// Periods are domain knowledge (Eurostat's `2023`, `2023-Q1`): they live in domain/period.ts.
// This re-export keeps imports written before the move working; new code imports the domain.
export * from '../../domain/period';
