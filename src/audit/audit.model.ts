/** One audit entry as the API returns it. */
export interface ChangeModel {
  seq: number;
  at: string;
  by: string;
  action: string;
  entity: string;
  related: string | null;
  before: unknown;
  after: unknown;
  /** Why an ADMIN changed the plan's meaning, when one did. */
  reason: string | null;
}
