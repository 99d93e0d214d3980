/** cytoscape-svg ships no types: an extension registered with cytoscape.use. */
declare module 'cytoscape-svg' {
  const extension: cytoscape.Ext;
  export default extension;
}
