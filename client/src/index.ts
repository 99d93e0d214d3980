/** The PlanGraph typed client: the client class and every contract operation with its types. */
export * from './client';
export * from './__generated__/operations';
import introspection from './__generated__/possibleTypes';

/** Which concrete types each interface and union stands for (generated): `new InMemoryCache({ possibleTypes })`. */
export const possibleTypes: Record<string, string[]> = introspection.possibleTypes;
