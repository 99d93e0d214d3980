/** Target parsing lives with the indicator domain (the API parses amended targets with it); the seed reads it from there. */
export { parseTarget, type ParsedTarget } from '../../src/indicator/target.parse';
