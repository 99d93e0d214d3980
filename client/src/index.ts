/** The PlanGraph typed client: the client class and every contract operation with its types. */
export * from './client';
export * from './__generated__/operations';
