/** The gaps root: its fields compute each gap on demand. */
export interface GapsModel {
  kind: 'gaps';
}
