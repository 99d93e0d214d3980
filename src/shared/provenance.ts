/** Where a node or edge comes from in the plan: the heading path and the verbatim sentence. */
export interface ProvenanceModel {
  sectionPath: string[];
  quote: string;
}

/** Provenance from a node's stored props, or null when it has no quote (e.g. written through the API). */
export function provenanceOf(props: { sectionPath?: string[] | null; quote?: string | null }): ProvenanceModel | null {
  return props.quote ? { sectionPath: props.sectionPath ?? [], quote: props.quote } : null;
}
